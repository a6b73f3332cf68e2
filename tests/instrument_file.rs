//! The shipped instrument file and what happens with broken ones.

use samenscan::core::builtin::STREEFDOELEN_CSV;
use samenscan::core::instrument::{Audience, Instrument, Problem};
use samenscan::core::lang::Lang;
use samenscan::core::school::Sector;

fn shipped() -> Instrument {
    Instrument::from_csv(STREEFDOELEN_CSV).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
        panic!("the shipped instrument does not load:\n{}", lines.join("\n"))
    })
}

/// A small valid file; the broken variants below each change one thing.
const SMALL: &str = "kind;id;parent;sector;value;nl;en;help_nl;help_en
instrument;mini;school;;1;Mini;Mini;Test;Test
scale;1;;;1;Nog niet;Not yet;Niet;Not
scale;2;;;2;Wel;Yes;Wel;Yes
rule;min_goal_score;;;2;;;;
theme;t1;;;;Thema;Theme;;
goal;g1;t1;;;Doel;Goal;;
indicator;i1;g1;;;Indicator;Indicator;;
";

fn problems(csv: &str) -> Vec<(usize, Problem)> {
    match Instrument::from_csv(csv) {
        Ok(_) => panic!("expected problems in:\n{csv}"),
        Err(errors) => errors.into_iter().map(|e| (e.line, e.problem)).collect(),
    }
}

#[test]
fn the_shipped_streefdoelen_have_the_agreed_shape() {
    let instrument = shipped();
    assert_eq!(instrument.audience, Audience::School);
    assert_eq!(instrument.id, "streefdoelen-werkversie");
    assert!(instrument.disclaimer.nl.contains("niet de officiële lijst"));
    assert!(instrument.disclaimer.en.contains("not the official list"));
    assert!((4..=6).contains(&instrument.themes.len()), "4 to 6 themes");
    let goals = instrument.goals().count();
    assert!((9..=12).contains(&goals), "about 10 streefdoelen, found {goals}");
    for (_, goal) in instrument.goals() {
        let n = goal.indicators.len();
        assert!((2..=4).contains(&n), "{} has {n} indicators", goal.id);
    }
    assert_eq!(instrument.scale.len(), 4);
    assert_eq!(instrument.readiness.min_goal_score, Some(3.0));
    assert!(instrument.readiness.evidence_required);
    assert_eq!(instrument.readiness.max_unknown, Some(0));
}

#[test]
fn every_shipped_text_is_in_dutch_and_english() {
    let instrument = shipped();
    let mut texts = vec![&instrument.title, &instrument.disclaimer];
    for level in &instrument.scale {
        texts.extend([&level.label, &level.description]);
    }
    for theme in &instrument.themes {
        texts.extend([&theme.title, &theme.description]);
        for goal in &theme.goals {
            texts.extend([&goal.title, &goal.description]);
            for indicator in &goal.indicators {
                texts.extend(indicator.wordings.iter().map(|(_, t)| t));
            }
        }
    }
    for text in texts {
        assert!(!text.nl.is_empty() && !text.en.is_empty(), "missing a language: {text:?}");
        assert_ne!(text.nl, text.en, "not translated: {text:?}");
    }
}

#[test]
fn the_shipped_wording_adapts_to_vve_and_mbo() {
    let instrument = shipped();
    let (_, goal) = instrument.goal("sd3").unwrap();
    let welcome = &goal.indicators[0];
    assert!(welcome.text_for(Some(Sector::Vve)).unwrap().nl.contains("peuters"));
    assert!(welcome.text_for(Some(Sector::Mbo)).unwrap().nl.contains("SLB'er"));
    assert!(!welcome.text_for(Some(Sector::Po)).unwrap().nl.contains("peuters"));
    // Every sector sees every streefdoel with at least two indicators.
    for sector in Sector::ALL {
        for (_, goal) in instrument.goals() {
            assert!(goal.indicators_for(Some(*sector)).count() >= 2);
        }
    }
}

#[test]
fn a_small_valid_file_loads_with_any_separator_and_a_bom() {
    let semicolon = Instrument::from_csv(SMALL).unwrap();
    let comma = Instrument::from_csv(&SMALL.replace(';', ",")).unwrap();
    let bom = Instrument::from_csv(&format!("\u{feff}{}", SMALL.replace(';', "\t"))).unwrap();
    assert_eq!(semicolon, comma);
    assert_eq!(semicolon, bom);
    assert_eq!(semicolon.themes[0].goals[0].indicators[0].id, "i1");
}

#[test]
fn missing_english_falls_back_to_dutch_and_columns_may_move() {
    let csv = "nl;kind;id;parent;value;help_nl
Mini;instrument;mini;school;1;
Laag;scale;1;;1;Laag niveau
Hoog;scale;2;;2;Hoog niveau
Thema;theme;t;;;
Doel;goal;g;t;;
Iets;indicator;i;g;;
";
    let instrument = Instrument::from_csv(csv).unwrap();
    assert_eq!(instrument.themes[0].title.get(Lang::En), "Thema");
}

#[test]
fn broken_files_name_the_line_and_the_problem() {
    let cases: Vec<(String, (usize, Problem))> = vec![
        (SMALL.replace("goal;g1;t1", "goal;g1;t9"), (7, Problem::UnknownTheme("t9".into()))),
        (SMALL.replace("indicator;i1;g1", "indicator;i1;g9"), (8, Problem::UnknownGoal("g9".into()))),
        (SMALL.replace("goal;g1;t1", "goal;t1;t1"), (7, Problem::DuplicateId { id: "t1".into(), first_line: 6 })),
        (SMALL.replace("scale;2;;;2;Wel;Yes;Wel;Yes", "scale;2;;;2;Wel;Yes;;"), (4, Problem::MissingLevelDescription)),
        (SMALL.replace("scale;2;;;2;", "scale;2;;;twee;"), (4, Problem::BadScore("twee".into()))),
        (SMALL.replace("scale;2;;;2;", "scale;2;;;1;"), (4, Problem::DuplicateScore(1))),
        (SMALL.replace("scale;2;", "scale;1;"), (4, Problem::DuplicateId { id: "1".into(), first_line: 3 })),
        (SMALL.replace("theme;t1", "thema;t1"), (6, Problem::UnknownKind("thema".into()))),
        (SMALL.replace("indicator;i1;g1;;;Indicator", "indicator;i1;g1;hbo;;Indicator"), (8, Problem::UnknownSector("hbo".into()))),
        (SMALL.replace("indicator;i1;g1;;;Indicator", "indicator;i1;g1;;;"), (8, Problem::MissingText)),
        (SMALL.replace("goal;g1;t1;", "goal;g1;t1;po"), (7, Problem::SectorNotAllowed)),
        (SMALL.replace("instrument;mini;school", "instrument;mini;lea").replace("indicator;i1;g1;;;Indicator", "indicator;i1;g1;po;;Indicator"), (8, Problem::SectorInLeaList)),
        (SMALL.replace("indicator;i1;", "indicator;i 1;"), (8, Problem::InvalidId("i 1".into()))),
        (SMALL.replace("rule;min_goal_score;;;2", "rule;min_goal_score;;;7"), (5, Problem::RuleOutsideScale { rule: "min_goal_score".into(), value: "7".into() })),
        (SMALL.replace("rule;min_goal_score;;;2", "rule;evidence_required;;;misschien"), (5, Problem::BadRuleValue { rule: "evidence_required".into(), value: "misschien".into() })),
        (SMALL.replace("rule;min_goal_score", "rule;streng"), (5, Problem::UnknownRule("streng".into()))),
        (SMALL.replace("instrument;mini;school", "instrument;mini;ouders"), (2, Problem::UnknownAudience("ouders".into()))),
        (SMALL.replace("instrument;mini;school;;1;", "instrument;mini;school;;;"), (2, Problem::MissingVersion)),
        (format!("{SMALL}instrument;mini2;school;;1;Mini;Mini;;\n"), (9, Problem::SecondInstrumentRow)),
        (format!("{SMALL}indicator;i1;g1;;;Nog eens;Again;;\n"), (9, Problem::DuplicateId { id: "i1".into(), first_line: 8 })),
        (format!("{SMALL}goal;g2;t1;;;Leeg doel;Empty goal;;\n"), (9, Problem::GoalWithoutIndicators("g2".into()))),
        (format!("{SMALL}theme;t2;;;;Leeg;Empty;;\n"), (9, Problem::ThemeWithoutGoals("t2".into()))),
        (SMALL.replace("instrument;mini;school;;1;Mini;Mini;Test;Test\n", ""), (0, Problem::NoInstrumentRow)),
        (SMALL.replace("scale;2;;;2;Wel;Yes;Wel;Yes\n", ""), (0, Problem::TooFewLevels)),
        (SMALL.replace("kind;", "soort;"), (1, Problem::MissingColumn("kind"))),
        (String::new(), (0, Problem::EmptyFile)),
        (" \n\n".into(), (0, Problem::EmptyFile)),
    ];
    for (csv, expected) in cases {
        let found = problems(&csv);
        assert!(found.contains(&expected), "expected {expected:?}, found {found:?} in\n{csv}");
    }
}

#[test]
fn limits_and_contradicting_rules_are_named_by_line() {
    let long = "x".repeat(4001);
    // The row is not used, so what hangs below it is named too.
    assert!(problems(&SMALL.replace("Doel;Goal", &format!("{long};Goal"))).contains(&(7, Problem::TextTooLong)));
    assert_eq!(problems(&SMALL.replace(";mini;school;;1;", &format!(";mini;school;;{};", "9".repeat(65)))), vec![(2, Problem::VersionTooLong)]);
    let long_id = "t".repeat(65);
    assert!(problems(&SMALL.replacen(";t1;", &format!(";{long_id};"), 1)).contains(&(6, Problem::InvalidId(long_id))));
    assert!(problems(&SMALL.replace("scale;2;", "scale;<b>;")).contains(&(4, Problem::InvalidId("<b>".into()))));
    let twice = SMALL.replace("rule;min_goal_score;;;2;;;;\n", "rule;min_goal_score;;;2;;;;\nrule;min_goal_score;;;1;;;;\n");
    assert_eq!(problems(&twice), vec![(6, Problem::DuplicateRule { rule: "min_goal_score".into(), first_line: 5 })]);
    let many: String = (0..1001).map(|i| format!("indicator;x{i};g1;;;Tekst;Text;;\n")).collect();
    assert_eq!(problems(&format!("{SMALL}{many}")), vec![(0, Problem::TooManyIndicators)]);
    // Script and formula payloads are only text: the list loads, and its texts stay as written.
    let payload = SMALL.replace("Doel;Goal", "<script>alert(1)</script>;=HYPERLINK(\"x\")");
    let list = Instrument::from_csv(&payload).unwrap();
    assert_eq!(list.themes[0].goals[0].title.nl, "<script>alert(1)</script>");
}

#[test]
fn a_sector_wording_is_a_second_row_with_the_same_id() {
    let csv = format!("{SMALL}indicator;i1;g1;vve;;Voor peuters;For toddlers;;\n");
    let instrument = Instrument::from_csv(&csv).unwrap();
    let indicator = &instrument.themes[0].goals[0].indicators[0];
    assert_eq!(indicator.text_for(Some(Sector::Vve)).unwrap().nl, "Voor peuters");
    // The same sector twice, or the same id under another goal, is a duplicate.
    let twice = format!("{csv}indicator;i1;g1;vve;;Nog eens;Again;;\n");
    assert!(problems(&twice).contains(&(10, Problem::DuplicateId { id: "i1".into(), first_line: 9 })));
}

#[test]
fn every_problem_has_a_message_in_both_languages() {
    for csv in ["", "kind;id\n", "kind;id;nl\nfoo;x;y\n"] {
        for error in Instrument::from_csv(csv).unwrap_err() {
            let (nl, en) = (error.message(Lang::Nl), error.message(Lang::En));
            assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{nl} / {en}");
        }
    }
}

#[test]
fn garbage_never_panics() {
    let samples = [
        "\u{0}\u{1}\u{2}",
        "\"\"\"\n\"",
        "kind;id;nl\n\"unterminated;x;y",
        "kind,id,nl\n,,,,,,,,,,,,,,,,,\n;;;;\n",
        "PNG\u{fffd}\u{fffd}IHDR",
        "{\"json\": true}",
    ];
    for sample in samples {
        assert!(Instrument::from_csv(sample).is_err());
    }
    let huge = "x".repeat(3 * 1024 * 1024);
    assert_eq!(problems(&huge), vec![(0, Problem::TooLarge)]);
}

/// The pages read the built-in lists in the form `build.rs` compiled; it must be the same list.
#[test]
fn the_compiled_builtin_lists_read_back_as_the_parsed_csv() {
    use samenscan::core::builtin::{SCREENING_LEA, SCREENING_LEA_CSV, STREEFDOELEN, STREEFDOELEN_CSV};
    use samenscan::core::instrument_compiled::{read, write};
    for (csv, builtin) in [(STREEFDOELEN_CSV, STREEFDOELEN), (SCREENING_LEA_CSV, SCREENING_LEA)] {
        let parsed = Instrument::from_csv(csv).unwrap();
        assert_eq!(read(builtin.compiled).as_ref(), Some(&parsed));
        assert_eq!(write(&parsed), builtin.compiled);
        assert_eq!(samenscan::core::instrument_compiled::content_hash(builtin.compiled), builtin.hash);
    }
    let lea = Instrument::from_csv(SCREENING_LEA_CSV).unwrap();
    let lean = read(samenscan::core::builtin::SCREENING_LEA_LEAN.compiled).unwrap();
    assert_eq!(lean, samenscan::core::instrument_compiled::lean(&lea));
    // Enough to list and check screenings: the same ids, sectors, scale and rules.
    assert_eq!((lean.reference(), &lean.readiness), (lea.reference(), &lea.readiness));
    assert_eq!(lean.scale.iter().map(|l| (&l.code, l.score)).collect::<Vec<_>>(), lea.scale.iter().map(|l| (&l.code, l.score)).collect::<Vec<_>>());
    assert_eq!(lean.indicators_for(None).map(|i| &i.id).collect::<Vec<_>>(), lea.indicators_for(None).map(|i| &i.id).collect::<Vec<_>>());
    assert!(samenscan::core::builtin::SCREENING_LEA_LEAN.compiled.len() < SCREENING_LEA.compiled.len() / 2);
    assert_eq!(samenscan::core::builtin::SCREENING_LEA_LEAN.hash, SCREENING_LEA.hash);
}

/// Scans and profiles name their list by id, version and content hash. Changing the content of a
/// built-in list (or the compiled form the hash is taken of) under the same version would leave
/// every scan made on it without its list: give the list a new version instead, keep the old one
/// built in while scans may use it, and add the new hash here.
#[test]
fn the_built_in_lists_keep_their_content_hash() {
    use samenscan::core::builtin::{SCREENING_LEA, STREEFDOELEN};
    assert_eq!((STREEFDOELEN.hash, SCREENING_LEA.hash), ("3312f0270b22fcd1", "e8affed30fc6f694"));
}

#[test]
fn the_compiled_form_keeps_tabs_newlines_and_backslashes_in_texts() {
    use samenscan::core::instrument_compiled::{read, write};
    let csv = "kind;id;parent;sector;value;nl;en;help_nl;help_en\ninstrument;x;school;;1;\"Titel\tmet tab\";T;\"Regel 1\nRegel 2 \\ schuin\";N\nscale;1;;;1;Nee;No;Niet;Not\nscale;2;;;2;Ja;Yes;Wel;Yes\nrule;min_goal_score;;;1.5;;;;\nrule;max_unknown;;;2;;;;\ntheme;t;;;;Thema;Theme;;\ngoal;g;t;;;Doel;Goal;;\nindicator;g.1;g;;;Tekst;Text;;\nindicator;g.1;g;vve;;Peuters;Toddlers;;\n";
    let parsed = Instrument::from_csv(csv).unwrap();
    assert_eq!(read(&write(&parsed)), Some(parsed));
    assert_eq!(read("niets"), None);
    assert_eq!(read("S\t1\t1\tNee\tNo\t\t\n"), None, "a level before the instrument line");
}

/// The shipped list as Excel on Windows saves a CSV file: Windows-1252.
fn windows_1252_bytes(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            c if c.is_ascii() => c as u8,
            '€' => 0x80,
            '‘' => 0x91,
            '’' => 0x92,
            '–' => 0x96,
            c @ '\u{a0}'..='\u{ff}' => c as u32 as u8,
            other => panic!("no Windows-1252 byte for {other:?}"),
        })
        .collect()
}

const ACCENTED: &str = "Coördinatie – ‘ouders’ café € 5";

#[test]
fn a_list_saved_by_excel_as_windows_1252_reads_as_the_same_list_and_says_so() {
    use samenscan::core::list_file::{text_of_list_file, ListEncoding};
    let csv = STREEFDOELEN_CSV.replacen("Dit gebeurt nog niet, of alleen toevallig.", ACCENTED, 1);
    assert!(csv.contains(ACCENTED), "the test changes a text of the shipped list");
    let (text, encoding) = text_of_list_file(windows_1252_bytes(&csv));
    assert_eq!(encoding, ListEncoding::Windows1252);
    assert_eq!(text, csv);
    assert_eq!(Instrument::from_csv(&text).expect("it loads"), Instrument::from_csv(&csv).expect("it loads"));
    // Read as UTF-8 (what a browser's Blob.text() does), the same bytes lose their letters.
    assert!(String::from_utf8_lossy(&windows_1252_bytes(&csv)).contains('\u{fffd}'));
}

#[test]
fn a_list_in_utf_8_with_or_without_byte_order_mark_is_taken_as_it_is() {
    use samenscan::core::list_file::{text_of_list_file, ListEncoding};
    let plain = text_of_list_file(STREEFDOELEN_CSV.as_bytes().to_vec());
    assert_eq!(plain, (STREEFDOELEN_CSV.to_string(), ListEncoding::Utf8));
    let mut with_mark = "\u{feff}".as_bytes().to_vec();
    with_mark.extend_from_slice(STREEFDOELEN_CSV.as_bytes());
    assert_eq!(text_of_list_file(with_mark), plain);
}

#[test]
fn a_list_saved_as_unicode_text_utf_16_with_tabs_reads_as_the_same_list() {
    use samenscan::core::list_file::{text_of_list_file, ListEncoding};
    let tabbed = STREEFDOELEN_CSV.replacen("Dit gebeurt nog niet, of alleen toevallig.", ACCENTED, 1).replace(';', "\t");
    let little: Vec<u8> = [0xFF, 0xFE].into_iter().chain(tabbed.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let big: Vec<u8> = [0xFE, 0xFF].into_iter().chain(tabbed.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for bytes in [little, big] {
        let (text, encoding) = text_of_list_file(bytes);
        assert_eq!(encoding, ListEncoding::Utf16);
        assert_eq!(text, tabbed);
        assert_eq!(Instrument::from_csv(&text).expect("it loads").title, shipped().title);
    }
    // An odd last byte is a broken character, not a panic.
    let (text, _) = text_of_list_file(vec![0xFF, 0xFE, b'a', 0, b'b']);
    assert_eq!(text, "a\u{fffd}");
}

#[test]
fn every_windows_1252_byte_reads_as_its_own_character() {
    use samenscan::core::list_file::text_of_list_file;
    let mut bytes: Vec<u8> = (0x80..=0xFF).collect();
    bytes.insert(0, b'x'); // no byte order mark
    let (text, _) = text_of_list_file(bytes);
    let chars: Vec<char> = text.chars().skip(1).collect();
    assert_eq!(chars.len(), 128);
    assert_eq!((chars[0], chars[0x12], chars[0x16], chars[0x6B], chars[0x7F]), ('€', '’', '–', 'ë', 'ÿ'));
    let mut distinct = chars.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 128, "no two bytes read as the same character");
}
