//! Words that belong to the project's working notes, never to what a person
//! reads, and a finder for them. Chosen so they cannot be normal text in
//! any of our languages.

use wegwijzer::bidi::strip_isolation;

const INTERNAL: &[&str] = &[
    "content brief",
    "content-brief",
    "digest",
    "stored copy",
    "stored copies",
    "general knowledge",
    "the project's",
    "this project",
    "unconfirmed",
    "../",
    ".md",
];

/// The internal words a text contains, with a little of the text around
/// each, to find it.
pub fn internal_words(text: &str) -> Vec<String> {
    // HTML escapes the apostrophe of "the project's"; read it as text.
    let plain = strip_isolation(text).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    let lower = plain.to_lowercase();
    INTERNAL
        .iter()
        .filter_map(|w| {
            let at = lower.find(w)?;
            let from = lower[..at].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let to = lower[at..].char_indices().nth(w.len() + 40).map_or(lower.len(), |(i, _)| at + i);
            Some(format!("'{w}' in …{}…", &lower[from..to]))
        })
        .collect()
}

/// Fails with every internal word found in `text`, named by `what`.
pub fn assert_no_internal_words(what: &str, text: &str) {
    let found = internal_words(text);
    assert!(found.is_empty(), "{what} contains internal words:\n{}", found.join("\n"));
}
