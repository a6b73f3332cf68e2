//! A horizontal bar chart of the streefdoelen, drawn as SVG by the app itself. Hatched bars with
//! their value printed beside them and a dotted threshold line: readable in black and white and
//! without colour. Screen readers get a description and the table with the same numbers.

use super::state::{use_lang};
use crate::core::instrument::Instrument;
use crate::core::lang::Lang;
use crate::core::profile::Profile;
use crate::i18n::format_score;
use leptos::prelude::*;
use crate::ui::profile_texts::{use_profile_texts};
use std::sync::Arc;

// Whole pixels throughout: attribute values are written as text, and integers need no float
// formatting code in the wasm.
const WIDTH: i32 = 720;
const LABEL_WIDTH: i32 = 300;
const BAR_LEFT: i32 = 310;
const BAR_RIGHT: i32 = 650;
const ROW: i32 = 30;
const THEME_ROW: i32 = 30;
const TOP: i32 = 34;
/// Long goal titles are shortened to fit left of the bars; the full title is in the table, and
/// in the label's tooltip.
const MAX_LABEL_CHARS: usize = 40;
/// A theme title has the chart's whole width (720 units at 15 px, bold: about 90 characters); an
/// own list may have longer ones, which would run past the chart's edge, also on paper.
const MAX_THEME_CHARS: usize = 80;

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max_chars - 1).collect::<String>().trim_end())
    }
}

fn streefdoel_title(lang: Lang) -> &'static str {
    crate::ui::profile_texts::profile_texts(lang).chart_title
}

#[component]
pub fn ScoreChart(
    /// The profile to draw.
    #[prop(into)]
    profile: Signal<Profile>,
    /// The instrument, for titles and the scale.
    instrument: Arc<Instrument>,
    /// The chart's title in a language: "per streefdoel" unless given (the LEA has topics).
    #[prop(default = streefdoel_title)]
    title: fn(Lang) -> &'static str,
    /// Name the list's scale after the title ("Nee 1 · Deels 2 · Ja 3"): for a list whose levels
    /// are words rather than steps, such as a screening.
    #[prop(optional)]
    with_scale: bool,
) -> impl IntoView {
    let lang = use_lang();
    let pt = use_profile_texts();
    let max = instrument.scale.iter().map(|l| l.score).max().unwrap_or(1).max(1) as f32;
    let x_of = move |score: f32| BAR_LEFT + ((BAR_RIGHT - BAR_LEFT) as f32 * (score / max)) as i32;

    move || {
        let lang = lang.get();
        profile.with(|p| {
            let mut y = TOP;
            let mut parts = Vec::new();
            for theme in &p.themes {
                let title = instrument.theme(&theme.id).map(|t| t.title.get(lang).to_string()).unwrap_or_default();
                parts.push(view! { <text class="chart__theme" x="0" y=y + 20><title>{title.clone()}</title>{shorten(&title, MAX_THEME_CHARS)}</text> }.into_any());
                y += THEME_ROW;
                for goal in &theme.goals {
                    let title = instrument.goal(&goal.id).map(|(_, g)| g.title.get(lang).to_string()).unwrap_or_default();
                    let value = goal.average.map(|a| format_score(a, lang)).unwrap_or_else(|| pt().no_score.to_string());
                    let width = goal.average.map(|a| x_of(a) - BAR_LEFT).unwrap_or(0);
                    parts.push(
                        view! {
                            <g class="chart__row" data-goal=goal.id.clone()>
                                <text class="chart__label" x=LABEL_WIDTH y=y + 19 text-anchor="end">
                                    <title>{title.clone()}</title>
                                    {shorten(&title, MAX_LABEL_CHARS)}
                                </text>
                                <rect class="chart__bar" x=BAR_LEFT y=y + 5 width=width height=ROW - 10 fill="url(#chart-hatch)"></rect>
                                <text class="chart__value" x=BAR_LEFT + width + 6 y=y + 19>{value}</text>
                            </g>
                        }
                        .into_any(),
                    );
                    y += ROW;
                }
            }
            let height = y + 10;
            let ticks = (0..=max as u32)
                .map(|tick| {
                    let x = x_of(tick as f32);
                    view! {
                        <line class="chart__grid" x1=x x2=x y1=TOP - 6 y2=height - 10></line>
                        <text class="chart__tick" x=x y=TOP - 12 text-anchor="middle">{tick}</text>
                    }
                })
                .collect_view();
            let bar = x_of(p.bar);
            let bar_text = format!("{} {}", pt().chart_bar_label, format_score(p.bar, lang));
            let heading = if with_scale {
                let levels: Vec<String> = instrument.scale.iter().map(|l| format!("{} {}", l.label.get(lang), l.score)).collect();
                format!("{} ({})", title(lang), levels.join(" · "))
            } else {
                title(lang).to_string()
            };
            view! {
                <figure class="chart">
                    <svg
                        class="chart__svg"
                        viewBox=format!("0 0 {WIDTH} {height}")
                        role="img"
                        aria-labelledby="chart-title chart-desc"
                        data-testid="score-chart"
                    >
                        <title id="chart-title">{heading.clone()}</title>
                        <desc id="chart-desc">{(pt().chart_desc)(&format_score(p.bar, lang))}</desc>
                        <defs>
                            <pattern id="chart-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                <rect width="6" height="6" class="chart__hatch-bg"></rect>
                                <line x1="0" y1="0" x2="0" y2="6" class="chart__hatch-line"></line>
                            </pattern>
                        </defs>
                        {ticks}
                        {parts}
                        <line class="chart__threshold" x1=bar x2=bar y1=TOP - 6 y2=height - 10></line>
                        <text class="chart__threshold-label" x=bar + 4 y=height - 2>{bar_text}</text>
                    </svg>
                    <figcaption class="chart__caption">{heading}</figcaption>
                </figure>
            }
        })
    }
}
