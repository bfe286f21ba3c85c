//! Text renderings for people who review without a browser: the assessment
//! (used by `assess`) and the whole questionnaire (used by `review`).

use crate::engine::{Answer, Assessment, Finding, Kind, Questionnaire, Reason, Session};
use crate::i18n::{ids, Translator};

/// "Question: answer" for a reason, in the translator's language.
pub fn reason_text(q: &Questionnaire, tr: &Translator, r: &Reason) -> String {
    let question = tr.t(&format!("{}.short", ids::question(&r.question)));
    let answers: Vec<String> = r.options.iter().map(|o| option_label(q, tr, &r.question, o)).collect();
    format!("{question}: {}", answers.join(", "))
}

/// The label of an option, or a country's name.
pub fn option_label(
    q: &Questionnaire,
    tr: &Translator,
    qid: &crate::engine::QuestionId,
    o: &crate::engine::OptionId,
) -> String {
    if let Some(c) = q.question(qid).filter(|x| x.kind == Kind::Country).and_then(|_| q.country(o)) {
        return match tr.locale.code {
            "nl" => c.nl.clone(),
            "en" => c.en.clone(),
            _ => format!("{} ({})", c.native, c.en),
        };
    }
    tr.t(&ids::option(qid, o))
}

/// "Question: answer", for summaries and the counsellor view.
pub fn answer_line(q: &Questionnaire, tr: &Translator, qid: &crate::engine::QuestionId, a: &Answer) -> String {
    format!("{}: {}", tr.t(&format!("{}.short", ids::question(qid))), answer_text(q, tr, qid, a))
}

/// The answer as text, for summaries.
pub fn answer_text(q: &Questionnaire, tr: &Translator, qid: &crate::engine::QuestionId, a: &Answer) -> String {
    match a {
        Answer::One(o) => option_label(q, tr, qid, o),
        Answer::Many(os) => os.iter().map(|o| option_label(q, tr, qid, o)).collect::<Vec<_>>().join(", "),
        Answer::Date(d) => d.iso(),
    }
}

/// The sources of the facts a point or note states, as "Source: …" lines.
pub fn fact_sources(q: &Questionnaire, tr: &Translator, facts: &[crate::engine::FactId]) -> Vec<String> {
    facts
        .iter()
        .filter_map(|id| q.fact(id))
        .map(|f| {
            tr.t_args("advice-fact-source", &[("source", f.source.clone().into()), ("date", f.checked.clone().into())])
        })
        .collect()
}

fn finding_text(out: &mut String, q: &Questionnaire, tr: &Translator, f: &Finding, msg: &str) {
    out.push_str(&format!("## {}\n{}\n", tr.t(msg), tr.t(&format!("{msg}.what"))));
    for d in &f.deadlines {
        let m = ids::deadline(&d.id);
        out.push_str(&format!("{}\n", tr.t_args(&m, &[("date", d.date.iso().into())])));
        if d.passed {
            out.push_str(&format!("{}\n", tr.t(&format!("{m}.passed"))));
        }
    }
    if !f.held_back_by.is_empty() {
        out.push_str(&format!("{}\n", tr.t("advice-held-back")));
        for sig in &f.held_back_by {
            out.push_str(&format!("- {}\n", tr.t(&ids::signal(sig))));
        }
    }
    if f.reasons.is_empty() {
        out.push_str(&format!("{}\n", tr.t("reason-general")));
    } else {
        out.push_str(&format!("{}\n", tr.t("because")));
        for r in &f.reasons {
            out.push_str(&format!("- {}\n", reason_text(q, tr, r)));
        }
    }
    for p in &f.points {
        out.push_str(&format!("* {}\n", tr.t(&ids::point(&p.id))));
        for src in fact_sources(q, tr, &p.facts) {
            out.push_str(&format!("  {src}\n"));
        }
    }
    if f.unconfirmed {
        out.push_str(&format!("{}\n", tr.t("advice-confirm-card")));
    }
    out.push_str(&format!("{}: {}\n", tr.t("what-next"), tr.t(&format!("{msg}.next"))));
    for r in &f.referrals {
        out.push_str(&format!("> {}\n", tr.t(&ids::referral(r))));
    }
    out.push('\n');
}

/// The assessment as plain text, in the translator's language.
pub fn assessment_text(q: &Questionnaire, tr: &Translator, a: &Assessment) -> String {
    let mut out = format!("{}\n\n", tr.t("advice-danger"));
    if !a.urgent.is_empty() {
        out.push_str(&format!("# {}\n\n", tr.t("result-urgent-title")));
        for f in &a.urgent {
            finding_text(&mut out, q, tr, f, &ids::urgent(&f.id));
        }
    }
    out.push_str(&format!("# {}\n\n", tr.t("result-routes-title")));
    for f in &a.routes {
        finding_text(&mut out, q, tr, f, &ids::route(&f.id));
    }
    if !a.other_options.is_empty() {
        out.push_str(&format!("# {}\n{}\n\n", tr.t("result-other-title"), tr.t("result-other-why")));
        for f in &a.other_options {
            finding_text(&mut out, q, tr, f, &ids::route(&f.id));
        }
    }
    if !a.unconfirmed_facts.is_empty() {
        out.push_str(&format!("{}\n", tr.t("advice-confirm")));
    }
    out.push_str(&format!("{}\n", tr.t("result-not-advice")));
    strip_isolation(&out)
}

/// The answers given, one line each, in questionnaire order.
pub fn answers_text(q: &Questionnaire, tr: &Translator, s: &Session) -> String {
    let mut out = String::new();
    for question in &q.questions {
        if let Some(a) = s.answers.get(&question.id) {
            out.push_str(&format!("- {}\n", answer_line(q, tr, &question.id, a)));
        }
    }
    strip_isolation(&out)
}

/// Fluent wraps variables in Unicode isolation marks, which matter in the
/// browser but clutter a terminal.
pub fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}
