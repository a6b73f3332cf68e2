//! The built-in lists in a compiled form: the build script (`build.rs`) reads each shipped CSV
//! with the real parser, so every check runs at build time, and writes this form for the app.
//! Reading it needs no CSV parser and none of its messages, which keeps them out of the pages.
//!
//! One record per line, fields separated by tabs; `\`, tab and newline inside a text are
//! written as `\\`, `\t` and `\n`. The records follow the instrument's own order:
//! `I` instrument, `R` readiness rule, `S` scale level, `T` theme, `G` goal, `N` indicator, `W`
//! a wording of the last indicator. Data written by `write`, never by hand.

use super::instrument::{Audience, Goal, Indicator, Instrument, ReadinessRule, ScaleLevel, Text, Theme};

/// The content hash that identifies a list beside its id and version: FNV-1a (64 bits, hex) of its
/// compiled form, which `write` makes the same for the same content whatever the CSV looked like
/// (separator, quoting, comments, row order within a parent). Not a security boundary: a clash
/// never replaces a list, it only keeps two apart (see `core::library`).
pub fn content_hash(compiled: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in compiled.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n")
}

fn unescape(field: &str) -> String {
    if !field.contains('\\') {
        return field.to_string();
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn line(out: &mut String, fields: &[&str]) {
    let escaped: Vec<String> = fields.iter().map(|f| escape(f)).collect();
    out.push_str(&escaped.join("\t"));
    out.push('\n');
}

fn option(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The list without the texts that only its own screens show (question wordings and every
/// description): enough to list, check and back up scans on it. Ids, sectors, the scale, the
/// rules and the titles stay.
pub fn lean(instrument: &Instrument) -> Instrument {
    let mut lean = instrument.clone();
    for level in &mut lean.scale {
        level.description = Text::default();
    }
    for theme in &mut lean.themes {
        theme.description = Text::default();
        for goal in &mut theme.goals {
            goal.description = Text::default();
            for indicator in &mut goal.indicators {
                for (_, text) in &mut indicator.wordings {
                    *text = Text::default();
                }
            }
        }
    }
    lean
}

/// The compiled form of a (checked) instrument.
pub fn write(instrument: &Instrument) -> String {
    let mut out = String::new();
    let (t, d) = (&instrument.title, &instrument.disclaimer);
    line(&mut out, &["I", &instrument.id, &instrument.version, instrument.audience.code(), &t.nl, &t.en, &d.nl, &d.en]);
    let r = &instrument.readiness;
    // The goal score in whole tenths: the README promises one decimal, and integers need no float parser.
    let tenths = r.min_goal_score.map(|s| (s * 10.0).round() as u32);
    let evidence = if r.evidence_required { "1" } else { "" };
    line(&mut out, &["R", &option(tenths), &option(r.min_indicator_score), evidence, &option(r.max_unknown), &option(r.almost_max_gaps)]);
    for level in &instrument.scale {
        let (l, d) = (&level.label, &level.description);
        line(&mut out, &["S", &level.code, &level.score.to_string(), &l.nl, &l.en, &d.nl, &d.en]);
    }
    for theme in &instrument.themes {
        let (t, d) = (&theme.title, &theme.description);
        line(&mut out, &["T", &theme.id, &t.nl, &t.en, &d.nl, &d.en]);
        for goal in &theme.goals {
            let (t, d) = (&goal.title, &goal.description);
            line(&mut out, &["G", &goal.id, &t.nl, &t.en, &d.nl, &d.en]);
            for indicator in &goal.indicators {
                line(&mut out, &["N", &indicator.id]);
                for (sector, text) in &indicator.wordings {
                    line(&mut out, &["W", sector.map_or("", |s| s.code()), &text.nl, &text.en]);
                }
            }
        }
    }
    out
}

fn last_goal(instrument: &mut Instrument) -> Option<&mut Goal> {
    instrument.themes.last_mut()?.goals.last_mut()
}

/// Reads what `write` wrote. `None` when the text is not that form: a broken build, which the
/// app reports like any list it cannot read.
pub fn read(text: &str) -> Option<Instrument> {
    let mut instrument: Option<Instrument> = None;
    for row in text.lines().filter(|l| !l.is_empty()) {
        let fields: Vec<String> = row.split('\t').map(unescape).collect();
        if fields.len() > 8 {
            return None;
        }
        let f = |i: usize| fields.get(i).cloned().unwrap_or_default();
        let text = |i: usize| Text { nl: f(i), en: f(i + 1) };
        let number = |i: usize| -> Option<u32> { f(i).parse().ok() };
        if fields[0] == "I" {
            instrument = Some(Instrument {
                id: f(1),
                version: f(2),
                audience: Audience::from_code(&f(3))?,
                title: text(4),
                disclaimer: text(6),
                scale: Vec::new(),
                themes: Vec::new(),
                readiness: ReadinessRule::default(),
                hash: String::new(),
            });
            continue;
        }
        let instrument = instrument.as_mut()?;
        match fields[0].as_str() {
            "R" => {
                instrument.readiness = ReadinessRule {
                    min_goal_score: number(1).map(|t| t as f32 / 10.0),
                    min_indicator_score: number(2).map(|s| s as u8),
                    evidence_required: f(3) == "1",
                    max_unknown: number(4).map(|n| n as usize),
                    almost_max_gaps: number(5).map(|n| n as usize),
                }
            }
            "S" => instrument.scale.push(ScaleLevel { code: f(1), score: number(2)? as u8, label: text(3), description: text(5) }),
            "T" => instrument.themes.push(Theme { id: f(1), title: text(2), description: text(4), goals: Vec::new() }),
            "G" => instrument.themes.last_mut()?.goals.push(Goal { id: f(1), title: text(2), description: text(4), indicators: Vec::new() }),
            "N" => last_goal(instrument)?.indicators.push(Indicator { id: f(1), wordings: Vec::new() }),
            "W" => {
                let sector = if f(1).is_empty() { None } else { Some(f(1).parse().ok()?) };
                last_goal(instrument)?.indicators.last_mut()?.wordings.push((sector, text(2)));
            }
            _ => return None,
        }
    }
    instrument
}
