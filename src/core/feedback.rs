//! An adviser's comments on a profile: one per streefdoel (or LEA topic) and an overall note.
//! They travel inside the exported scan; a school that imports them gets the comments beside its
//! own answers, and its answers stay exactly as they are (`Scans::receive_feedback`).

use super::assessment::{Scan, Scans};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// Who wrote it, as the adviser typed it (name, ExpertisePunt).
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub overall: String,
    /// By streefdoel id.
    #[serde(default)]
    pub goals: BTreeMap<String, String>,
    /// ISO 8601, set by `Scan::edit_feedback` whenever a comment changes.
    #[serde(default)]
    pub written_at: String,
}

impl Feedback {
    /// Nothing written: not worth keeping or showing.
    pub fn is_empty(&self) -> bool {
        self.author.trim().is_empty() && self.overall.trim().is_empty() && self.goals.values().all(|c| c.trim().is_empty())
    }

    pub fn goal(&self, goal: &str) -> Option<&str> {
        self.goals.get(goal).map(String::as_str).filter(|c| !c.trim().is_empty())
    }

    /// Sets or (when blank) removes the comment on one streefdoel.
    pub fn set_goal(&mut self, goal: &str, comment: String) {
        if comment.trim().is_empty() {
            self.goals.remove(goal);
        } else {
            self.goals.insert(goal.to_string(), comment);
        }
    }

    /// Every text in it, for length checks on import.
    pub fn texts(&self) -> impl Iterator<Item = &String> {
        [&self.author, &self.overall, &self.written_at].into_iter().chain(self.goals.values())
    }
}

impl Scan {
    /// The adviser's comments, if there are any.
    pub fn feedback(&self) -> Option<&Feedback> {
        self.feedback.as_ref().filter(|f| !f.is_empty())
    }

    /// Edits the comments (made when missing) and stamps the time of the change, which is how
    /// the workspace knows what to store; emptied comments are removed.
    pub fn edit_feedback(&mut self, now: &str, change: impl FnOnce(&mut Feedback)) {
        let mut feedback = self.feedback.take().unwrap_or_default();
        change(&mut feedback);
        feedback.written_at = now.to_string();
        self.feedback = (!feedback.is_empty()).then_some(feedback);
    }
}

impl Scans {
    /// Takes the comments of an annotated copy of one of our own scans, and nothing else: the
    /// answers, plan and details on this device stay as they are. False when the scan is not here
    /// or the copy carries no comments.
    pub fn receive_feedback(&mut self, annotated: &Scan) -> bool {
        let (Some(feedback), Some(own)) = (annotated.feedback(), self.get_mut(&annotated.id)) else { return false };
        own.feedback = Some(feedback.clone());
        true
    }
}
