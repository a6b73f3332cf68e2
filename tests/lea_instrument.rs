//! The working version of the LEA screening instrument (issue 4): same file format as the
//! streefdoelen, checked here before any screen uses it.

use samenscan::core::instrument::{Audience, Instrument};
use samenscan::core::lang::Lang;

use samenscan::core::builtin::SCREENING_LEA_CSV as LEA_CSV;

fn lea() -> Instrument {
    Instrument::from_csv(LEA_CSV).unwrap_or_else(|errors| {
        panic!("{}", errors.iter().map(|e| e.message(Lang::En)).collect::<Vec<_>>().join("\n"))
    })
}

#[test]
fn it_loads_as_a_labelled_lea_working_version() {
    let instrument = lea();
    assert_eq!(instrument.audience, Audience::Lea);
    assert!(instrument.disclaimer.nl.contains("niet het officiële screeningsinstrument"));
    let codes: Vec<&str> = instrument.scale.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["nee", "deels", "ja"], "a meeting agrees on no / partly / yes; 'weet niet' is built in");
}

#[test]
fn its_sections_cover_the_lea_topics() {
    let instrument = lea();
    let all_text: String = instrument
        .goals()
        .flat_map(|(theme, goal)| {
            let mut texts = vec![theme.title.nl.clone(), goal.title.nl.clone(), goal.description.nl.clone()];
            texts.extend(goal.indicators.iter().map(|i| i.wordings[0].1.nl.clone()));
            texts
        })
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for topic in ["visie", "ambitie", "vve", "primair", "voortgezet", "mbo", "cjg", "doelgroepouders", "laaggeletterd", "rollen", "voorlezen", "loopbaan", "borging"] {
        assert!(all_text.contains(topic), "no section or question about '{topic}'");
    }
}

#[test]
fn every_text_is_in_dutch_and_english() {
    let instrument = lea();
    for (theme, goal) in instrument.goals() {
        for text in [&theme.title, &theme.description, &goal.title, &goal.description] {
            assert!(!text.nl.is_empty() && !text.en.is_empty() && text.nl != text.en, "{text:?}");
        }
        for indicator in &goal.indicators {
            let (_, text) = &indicator.wordings[0];
            assert!(!text.en.is_empty() && text.nl != text.en, "{text:?}");
        }
    }
}
