//! The LEA screening as a meeting: who is present, each partner's own view in an optional
//! individual round (and how far the views lie apart), the actions the meeting agreed per
//! partner.

use super::assessment::{Rating, Scan};
use super::instrument::Instrument;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

coded_enum!(
    /// The kinds of organisation around the LEA table. Organisations, never personal names.
    Partner {
        Municipality => "gemeente", "Gemeente", "Municipality";
        BoardPrimary => "bestuur-po", "Schoolbestuur po", "School board, primary";
        BoardSecondary => "bestuur-vo", "Schoolbestuur vo", "School board, secondary";
        BoardVocational => "bestuur-mbo", "Mbo-instelling", "Vocational college";
        Childcare => "kinderopvang", "Kinderopvang en VVE", "Childcare and early education";
        Youth => "cjg", "CJG en jeugd", "Youth and family centre";
        Library => "bibliotheek", "Bibliotheek", "Library";
        Parents => "ouders", "Ouders of ouderorganisatie", "Parents or parents' organisation";
        Other => "anders", "Andere partner", "Other partner";
    }
);

/// The meeting in which a municipality and its partners fill in the screening together.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// The meeting date, as a date field gives it (YYYY-MM-DD).
    #[serde(default)]
    pub date: String,
    /// The partners present, in the order of `Partner::ALL`.
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// The individual round: per indicator, each partner's own view before the group agrees.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub views: BTreeMap<String, BTreeMap<Partner, Rating>>,
}

/// How the individual views on one question lie apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spread {
    /// Per level of the scale (lowest first): its code and how many partners chose it.
    pub levels: Vec<(String, usize)>,
    pub unknown: usize,
    pub not_applicable: usize,
    /// How many partners gave a view.
    pub given: usize,
    /// Scale steps between the lowest and the highest level chosen (0: all agree).
    pub steps: u8,
}

impl Meeting {
    pub fn set_view(&mut self, indicator: &str, partner: Partner, rating: Option<Rating>) {
        let views = self.views.entry(indicator.to_string()).or_default();
        match rating {
            Some(rating) => {
                views.insert(partner, rating);
            }
            None => {
                views.remove(&partner);
            }
        }
        if views.is_empty() {
            self.views.remove(indicator);
        }
    }

    pub fn view(&self, indicator: &str, partner: Partner) -> Option<&Rating> {
        self.views.get(indicator)?.get(&partner)
    }

    /// The spread of the partners' own views on one indicator.
    pub fn spread(&self, indicator: &str, instrument: &Instrument) -> Spread {
        let mut spread = Spread {
            levels: instrument.scale.iter().map(|l| (l.code.clone(), 0)).collect(),
            ..Spread::default()
        };
        let mut scores = Vec::new();
        for rating in self.views.get(indicator).into_iter().flat_map(|v| v.values()) {
            spread.given += 1;
            match rating {
                Rating::Level(code) => {
                    if let Some(slot) = spread.levels.iter_mut().find(|(c, _)| c == code) {
                        slot.1 += 1;
                    }
                    scores.extend(instrument.level(code).map(|l| l.score));
                }
                Rating::Unknown => spread.unknown += 1,
                Rating::NotApplicable => spread.not_applicable += 1,
            }
        }
        spread.steps = match (scores.iter().min(), scores.iter().max()) {
            (Some(low), Some(high)) => {
                let position = |s: &u8| instrument.scale.iter().position(|l| l.score == *s).unwrap_or(0);
                (position(high) - position(low)) as u8
            }
            _ => 0,
        };
        spread
    }
}

/// An agreed next step, from the answer of one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreedAction {
    pub indicator: String,
    pub next_step: String,
    pub due: String,
}

/// The agreed next steps grouped by the partner who takes them up, in the order of
/// `Partner::ALL`; steps nobody took up yet come last, under `None`. Within a partner, in the
/// order of the instrument.
pub fn actions_by_partner(scan: &Scan, instrument: &Instrument) -> Vec<(Option<Partner>, Vec<AgreedAction>)> {
    let owners = Partner::ALL.iter().copied().map(Some).chain([None]);
    owners
        .filter_map(|owner| {
            let actions: Vec<AgreedAction> = instrument
                .indicators_for(scan.details.sector)
                .filter_map(|indicator| {
                    let answer = scan.answer(&indicator.id)?;
                    (answer.owner == owner && !answer.next_step.trim().is_empty()).then(|| AgreedAction {
                        indicator: indicator.id.clone(),
                        next_step: answer.next_step.clone(),
                        due: answer.due.clone(),
                    })
                })
                .collect();
            (!actions.is_empty()).then_some((owner, actions))
        })
        .collect()
}

