//! Who fills in a school self-assessment: sector, ExpertisePunt region and the roles taking part.
//! Pure domain enums; their stable codes are what gets stored and exported.

use serde::{Deserialize, Serialize};

coded_enum!(
    /// The sector of the school; instrument wording can differ per sector.
    Sector {
        Vve => "vve", "VVE / voorschool", "Early childhood (VVE)";
        Po => "po", "Primair onderwijs (po)", "Primary education (po)";
        Vo => "vo", "Voortgezet onderwijs (vo)", "Secondary education (vo)";
        Mbo => "mbo", "Middelbaar beroepsonderwijs (mbo)", "Vocational education (mbo)";
    }
);

coded_enum!(
    /// The five regions of the ExpertisePunten Ouderbetrokkenheid.
    Region {
        Zuidwest => "zuidwest", "Zuidwest (Rotterdam)", "South-west (Rotterdam)";
        Midden => "midden", "Midden (Arnhem)", "Central (Arnhem)";
        Noordwest => "noordwest", "Noordwest (Zaandam)", "North-west (Zaandam)";
        Noordoost => "noordoost", "Noordoost (Assen)", "North-east (Assen)";
        Zuidoost => "zuidoost", "Zuidoost (Deurne)", "South-east (Deurne)";
    }
);

coded_enum!(
    /// A role that takes part in filling in the scan. Roles, never personal names.
    Role {
        Team => "team", "Leraren / pedagogisch medewerkers", "Teachers / early years staff";
        Leadership => "leiding", "Directie of teamleiding", "School leadership";
        Support => "begeleiding", "Intern begeleider, zorg of SLB", "Pupil support or study coach";
        Parents => "ouders", "Ouders", "Parents";
        Council => "mr", "MR, ouderraad of oudercommissie", "Participation or parents' council";
        Students => "leerlingen", "Leerlingen of studenten", "Pupils or students";
        Board => "bestuur", "Bestuur", "School board";
        Other => "anders", "Anders", "Other";
    }
);

/// What the team tells about itself before it starts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolDetails {
    /// School or location name, as the team writes it.
    pub name: String,
    /// Required for a school scan; a municipality's LEA screening has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// Optional: not every school works with an ExpertisePunt (yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// The longest name we accept; longer text is almost always a paste by mistake.
pub const MAX_NAME_CHARS: usize = 120;

/// What can be wrong with the details a team entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailsProblem {
    NameMissing,
    NameTooLong,
}

impl SchoolDetails {
    /// Trims the name and checks it; the form shows the problems in an error summary.
    pub fn validated(mut self) -> Result<Self, Vec<DetailsProblem>> {
        self.name = self.name.trim().to_string();
        let mut problems = Vec::new();
        if self.name.is_empty() {
            problems.push(DetailsProblem::NameMissing);
        } else if self.name.chars().count() > MAX_NAME_CHARS {
            problems.push(DetailsProblem::NameTooLong);
        }
        super::small_sort::sort_by(&mut self.roles, |a, b| a < b);
        self.roles.dedup();
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for s in Sector::ALL {
            assert_eq!(s.code().parse::<Sector>(), Ok(*s));
        }
        for r in Region::ALL {
            assert_eq!(r.to_string().parse::<Region>(), Ok(*r));
        }
        let mut codes: Vec<_> = Role::ALL.iter().map(|r| r.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Role::ALL.len());
        assert_eq!("PO".parse::<Sector>(), Ok(Sector::Po));
        assert_eq!("hbo".parse::<Sector>(), Err("hbo".to_string()));
    }

    #[test]
    fn five_regions_with_their_cities() {
        assert_eq!(Region::ALL.len(), 5);
        assert!(Region::Zuidwest.label(Lang::Nl).contains("Rotterdam"));
        assert!(Region::Noordoost.label(Lang::En).contains("Assen"));
    }

    #[test]
    fn details_are_trimmed_and_checked() {
        let details = SchoolDetails {
            name: "  De Regenboog  ".into(),
            sector: Some(Sector::Po),
            region: None,
            roles: vec![Role::Parents, Role::Team, Role::Parents],
        };
        let ok = details.clone().validated().unwrap();
        assert_eq!(ok.name, "De Regenboog");
        assert_eq!(ok.roles, vec![Role::Team, Role::Parents]);

        let empty = SchoolDetails { name: "   ".into(), ..details.clone() };
        assert_eq!(empty.validated(), Err(vec![DetailsProblem::NameMissing]));
        let long = SchoolDetails { name: "x".repeat(MAX_NAME_CHARS + 1), ..details };
        assert_eq!(long.validated(), Err(vec![DetailsProblem::NameTooLong]));
    }
}
