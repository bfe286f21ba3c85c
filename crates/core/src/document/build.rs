//! From an assessment to a result document. The whole mapping from the
//! engine's findings to blocks is here, so a change in the engine's output
//! (several deadlines per finding, facts with sources, …) is adapted in one
//! file, and every output follows.

use super::country;
use super::{
    Block, Card, CardKind, Contact, ContactLine, DateFormat, Deadline, Lang, Languages, Mark, Marked, NextStep,
    NoteKind, Options, Point, ResultDocument, RuleDetail, Section, Words,
};
use crate::engine::model::Referral;
use crate::engine::{self, Assessment, Day, FactId, Finding, LastDay, Questionnaire, Session};
use crate::i18n::msg;
use crate::i18n::{ids, Translator};
use crate::words::{answer_line, fact_sources, reason_text, source_line};

/// "Information checked up to …", from the newest `checked` in the content.
pub fn checked_until(questionnaire: &Questionnaire, langs: Languages, dates: DateFormat) -> Option<Words> {
    crate::content::checked_until(questionnaire).map(|day| {
        langs.words(|messages| messages.t_args(msg::INFO_CHECKED_UNTIL, &[("date", dates(messages, day).into())]))
    })
}

/// How many next steps the result opens with.
pub const MAX_NEXT_STEPS: usize = 3;

/// What the builder reads, besides the languages.
struct Input<'a> {
    questionnaire: &'a Questionnaire,
    session: &'a Session,
    langs: Languages<'a>,
    dates: DateFormat,
    options: Options<'a>,
}

/// The result document for a finished session.
pub fn build(
    questionnaire: &Questionnaire,
    session: &Session,
    assessment: &Assessment,
    langs: Languages,
    dates: DateFormat,
    options: Options,
) -> ResultDocument {
    let input = Input { questionnaire, session, langs, dates, options };
    let urgent: Vec<Card> = assessment.urgent.iter().map(|f| input.card(f, CardKind::Urgent)).collect();
    let routes: Vec<Card> = assessment.routes.iter().map(|f| input.card(f, CardKind::Route)).collect();
    let other: Vec<Card> = assessment.other_options.iter().map(|f| input.card(f, CardKind::Other)).collect();

    let steps: Vec<NextStep> = urgent.iter().chain(&routes).take(MAX_NEXT_STEPS).map(next_step).collect();
    let mut blocks = vec![
        Block::NextSteps { title: langs.t(msg::NEXT_STEPS_TITLE), steps },
        Block::Note(NoteKind::Danger, langs.t(msg::ADVICE_DANGER)),
        Block::Note(NoteKind::Disclaimer, langs.t(msg::RESULT_NOT_ADVICE)),
        Block::Note(NoteKind::Links, langs.t(msg::RESULT_LINKS_NOTE)),
    ];
    if !urgent.is_empty() {
        blocks.push(Block::Cards {
            kind: CardKind::Urgent,
            title: langs.t(msg::RESULT_URGENT_TITLE),
            intro: None,
            cards: urgent,
        });
    }
    blocks.push(Block::Cards {
        kind: CardKind::Route,
        title: langs.t(msg::RESULT_ROUTES_TITLE),
        intro: Some(langs.t(msg::RESULT_INTRO)),
        cards: routes,
    });
    if !other.is_empty() {
        blocks.push(Block::Cards {
            kind: CardKind::Other,
            title: langs.t(msg::RESULT_OTHER_TITLE),
            intro: Some(langs.t(msg::RESULT_OTHER_WHY)),
            cards: other,
        });
    }
    if !assessment.unconfirmed_facts.is_empty() {
        blocks.push(Block::Note(NoteKind::ConfirmFacts, langs.t(msg::ADVICE_CONFIRM)));
    }
    if let Some(input) = options.country {
        blocks
            .extend(country::for_session(questionnaire, input, session, assessment, langs, dates).map(Block::Country));
    }
    blocks.push(input.directory(assessment));
    if options.counsellor {
        blocks.push(checklist(langs, assessment));
    }
    if options.answers {
        blocks.push(input.answers());
    }
    ResultDocument {
        first: lang(langs.first),
        second: langs.second.map(lang),
        title: langs.t(msg::RESULT_TITLE),
        summary_title: langs.t(msg::SUMMARY_TITLE),
        made: langs
            .words(|messages| messages.t_args(msg::SUMMARY_DATE, &[("date", dates(messages, session.today).into())])),
        checked_until: checked_until(questionnaire, langs, dates),
        blocks,
    }
}

fn lang(messages: &Translator) -> Lang {
    Lang { code: messages.locale.code, dir: messages.locale.dir }
}

/// A card's first sentence, and the rest. Sentences end at a full stop,
/// question or exclamation mark (in the scripts the app uses) and a space.
pub fn split_first_sentence(text: &str) -> (String, Option<String>) {
    let ends = ['.', '?', '!', '։', '።', '؟', '۔', '?'];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if ends.contains(&c) {
            if let Some(&(j, next)) = chars.peek() {
                if next.is_whitespace() {
                    let rest = text[j..].trim();
                    return (text[..i + c.len_utf8()].to_string(), (!rest.is_empty()).then(|| rest.to_string()));
                }
            }
        }
    }
    (text.trim().to_string(), None)
}

/// A card as a next step: the first sentence of what to do, its deadlines,
/// and the quickest way to reach the first organisation (a phone number
/// before a website).
fn next_step(card: &Card) -> NextStep {
    let action = card.next.text.as_ref().expect("every card says what to do next");
    let first_sentence = |text: &str| split_first_sentence(text).0;
    let contact = card.contacts.as_ref().and_then(|(_, list)| {
        let is_phone = |m: &Marked| matches!(m.marks.first(), Some((_, Mark::Tel(_))));
        let with_phone = list.iter().find(|c| c.reach.iter().any(is_phone));
        with_phone.or(list.first()).map(|c| {
            let quickest = c.reach.iter().find(|m| is_phone(m)).or(c.reach.first());
            ContactLine { reach: quickest.cloned().into_iter().collect(), ..c.clone() }
        })
    });
    NextStep {
        card: card.id.clone(),
        kind: card.kind,
        title: card.title.clone(),
        action: Words { first: first_sentence(&action.first), second: action.second.as_deref().map(first_sentence) },
        deadlines: card.deadlines.clone(),
        contact,
    }
}

impl Input<'_> {
    fn card(&self, finding: &Finding, kind: CardKind) -> Card {
        let langs = self.langs;
        let msg = match kind {
            CardKind::Urgent => ids::urgent(&finding.id),
            _ => ids::route(&finding.id),
        };
        let what = msg.attr("what");
        let more = langs.words(|messages| split_first_sentence(&messages.t(&what)).1.unwrap_or_default());
        let reasons = if finding.reasons.is_empty() {
            Section { title: None, text: Some(langs.t(msg::REASON_GENERAL)), items: Vec::new() }
        } else {
            Section {
                title: Some(langs.t(msg::BECAUSE)),
                text: None,
                items: finding
                    .reasons
                    .iter()
                    .map(|reason| langs.words(|messages| reason_text(self.questionnaire, messages, reason)))
                    .collect(),
            }
        };
        let points = (!finding.points.is_empty()).then(|| {
            let list = finding
                .points
                .iter()
                .map(|p| Point { id: p.id.clone(), text: langs.t(ids::point(&p.id)), sources: self.sources(&p.facts) })
                .collect();
            (langs.t(msg::POINTS_TITLE), list)
        });
        let held_back = (!finding.held_back_by.is_empty()).then(|| Section {
            title: Some(langs.t(msg::ADVICE_HELD_BACK)),
            text: None,
            items: finding.held_back_by.iter().map(|signal| langs.t(ids::signal(signal))).collect(),
        });
        let contacts: Vec<ContactLine> = finding
            .referrals
            .iter()
            .filter_map(|r| self.questionnaire.referral(r))
            .map(|r| self.contact_line(r))
            .collect();
        Card {
            id: finding.id.clone(),
            kind,
            title: langs.t(&msg),
            line: langs.words(|messages| split_first_sentence(&messages.t(&what)).0),
            more: (!more.first.is_empty()).then_some(more),
            deadlines: finding.deadlines.iter().map(|d| self.deadline(d)).collect(),
            held_back,
            reasons,
            points,
            sources: self.sources(&finding.facts),
            confirm: finding.unconfirmed.then(|| langs.t(engine::country_card::CONFIRM)),
            next: Section {
                title: Some(langs.t(msg::WHAT_NEXT)),
                text: Some(langs.t(msg.attr("next"))),
                items: vec![],
            },
            contacts: (!contacts.is_empty()).then(|| (langs.t(msg::WHOM_TO_CONTACT), contacts)),
            rule: self.options.counsellor.then(|| self.rule(finding)),
        }
    }

    /// A date to act by, with its own text, and its own advice once passed.
    /// Each text shows every date it speaks of: a window for a "how long
    /// ago" answer (nearest day first), no date where none can be counted.
    fn deadline(&self, deadline: &engine::Deadline) -> Deadline {
        let (dates, message) = (self.dates, ids::deadline(&deadline.id));
        let attr = |a: &'static str| self.langs.t(message.attr(a));
        let between = |earliest: Day, latest: Day| {
            self.langs.words(|messages| {
                messages.t_args(
                    message.attr("between"),
                    &[("from", dates(messages, earliest).into()), ("to", dates(messages, latest).into())],
                )
            })
        };
        let (text, passed) = match deadline.last {
            LastDay::On { date } => (
                self.langs.words(|messages| messages.t_args(&message, &[("date", dates(messages, date).into())])),
                deadline.passed.then(|| attr("passed")),
            ),
            LastDay::Between { earliest, latest } => (between(earliest, latest), None),
            LastDay::MaybePassed { earliest, latest } => (between(earliest, latest), Some(attr("unsure"))),
            LastDay::Gone => (attr("gone"), None),
            LastDay::Unknown => (attr("unknown"), None),
        };
        Deadline { day: deadline.last.latest(), text, passed }
    }

    /// "Source: publisher, title, … checked on …, address" for each fact.
    fn sources(&self, facts: &[FactId]) -> Vec<Marked> {
        (0..facts.len())
            .filter(|&i| self.questionnaire.fact(&facts[i]).is_some())
            .map(|i| {
                let one = &facts[i..=i];
                let line = |messages: &Translator| fact_sources(self.questionnaire, messages, one, self.dates);
                let url = line(self.langs.first).remove(0).1;
                Marked {
                    words: self.langs.words_plain(|messages| line(messages).remove(0).0),
                    marks: vec![(url.clone(), Mark::Web(url))],
                }
            })
            .collect()
    }

    /// An organisation's name and how to reach it: each phone number a
    /// `tel:` link, the website a link that opens outside the app.
    fn contact_line(&self, referral: &Referral) -> ContactLine {
        let mut reach = Vec::new();
        if let Some(phone) = &referral.phone {
            let numbers: Vec<(String, Mark)> = phone
                .split(['·', ','])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(|n| (n.to_string(), Mark::Tel(n.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect())))
                .collect();
            let words = self
                .langs
                .words_plain(|messages| messages.t_args(msg::REFERRAL_PHONE, &[("phone", phone.clone().into())]));
            reach.push(Marked { words, marks: numbers });
        }
        if let Some(web) = &referral.web {
            let words =
                self.langs.words_plain(|messages| messages.t_args(msg::REFERRAL_WEB, &[("web", web.clone().into())]));
            reach.push(Marked { words, marks: vec![(web.clone(), Mark::Web(format!("https://{web}")))] });
        }
        if referral.through_vwn {
            reach.push(Marked { words: self.langs.t(msg::REFERRAL_THROUGH_VWN), marks: Vec::new() });
        }
        ContactLine {
            id: referral.id.clone(),
            name: self.langs.t(ids::referral(&referral.id)),
            reach,
            shares: self.langs.t(ids::referral_shares(&referral.id)),
        }
    }

    /// Every organisation named on a card, once, in the order they appear.
    fn directory(&self, assessment: &Assessment) -> Block {
        let mut seen = Vec::new();
        for finding in assessment.urgent.iter().chain(assessment.all_routes()) {
            for r in &finding.referrals {
                if !seen.contains(r) {
                    seen.push(r.clone());
                }
            }
        }
        let dates = self.dates;
        let contacts = seen
            .iter()
            .filter_map(|r| self.questionnaire.referral(r))
            .map(|referral| {
                let m = ids::referral(&referral.id);
                let checked = Day::parse_iso(&referral.checked);
                Contact {
                    line: self.contact_line(referral),
                    offer: self
                        .langs
                        .words(|messages| format!("{} {}", messages.t(m.attr("offer")), messages.t(m.attr("how")))),
                    checked: self.langs.words(|messages| {
                        let date = checked.map_or_else(|| referral.checked.clone(), |d| dates(messages, d));
                        messages.t_args(msg::REFERRAL_CHECKED, &[("date", date.into())])
                    }),
                    source: self.options.counsellor.then(|| {
                        let source = referral.source();
                        Marked {
                            words: self.langs.words_plain(|messages| source_line(messages, &source, dates).0),
                            marks: vec![(source.url.to_string(), Mark::Web(source.url.to_string()))],
                        }
                    }),
                }
            })
            .collect();
        Block::Directory { title: self.langs.t(msg::WHOM_TO_CONTACT), contacts }
    }

    /// For the counsellor: the rule as written in the content, and every
    /// answer it reads.
    fn rule(&self, finding: &Finding) -> RuleDetail {
        let rule = self.questionnaire.rules().find(|r| r.id == finding.id);
        let text = rule.map(|r| r.when.to_string()).unwrap_or_default();
        let items = rule
            .map(|r| r.when.questions().into_iter().collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|qid| self.session.answers.get(&qid).map(|a| (qid, a)))
            .map(|(qid, answer)| {
                self.langs.words(|messages| answer_line(self.questionnaire, messages, &qid, answer, self.dates))
            })
            .collect();
        RuleDetail {
            rule: Marked {
                words: self
                    .langs
                    .words_plain(|messages| messages.t_args(msg::COUNSELLOR_RULE, &[("rule", text.clone().into())])),
                marks: vec![(text.clone(), Mark::Code)],
            },
            answers: Section { title: Some(self.langs.t(msg::COUNSELLOR_ANSWERS)), text: None, items },
        }
    }

    fn answers(&self) -> Block {
        let items = self
            .questionnaire
            .questions
            .iter()
            .filter_map(|question| self.session.answers.get(&question.id).map(|a| (question, a)))
            .map(|(question, answer)| {
                self.langs.words(|messages| answer_line(self.questionnaire, messages, &question.id, answer, self.dates))
            })
            .collect();
        Block::Answers { title: self.langs.t(msg::SUMMARY_ANSWERS_TITLE), items }
    }
}

/// What a counsellor checks next, beside the cards.
fn checklist(langs: Languages, assessment: &Assessment) -> Block {
    let mut items = vec![langs.t(msg::COUNSELLOR_CHECK_LETTER), langs.t(msg::COUNSELLOR_CHECK_LAWYER)];
    if assessment.fear_indicated {
        items.push(langs.t(msg::COUNSELLOR_CHECK_FEAR));
    }
    if !assessment.urgent.is_empty() {
        items.insert(0, langs.t(msg::COUNSELLOR_CHECK_URGENT));
    }
    Block::Checklist { title: langs.t(msg::COUNSELLOR_CHECK_TITLE), items }
}

impl Words {
    /// Both languages, for tests and search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.first.as_str()).chain(self.second.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::split_first_sentence;

    #[test]
    fn first_sentence_in_several_scripts() {
        assert_eq!(
            split_first_sentence("Praat nu. Bel 113 of 113.nl."),
            ("Praat nu.".into(), Some("Bel 113 of 113.nl.".into()))
        );
        assert_eq!(split_first_sentence("One sentence only."), ("One sentence only.".into(), None));
        assert_eq!(split_first_sentence("ሓደ። ክልተ።"), ("ሓደ።".into(), Some("ክልተ።".into())));
        assert_eq!(
            split_first_sentence("هل أنت في خطر؟ اتصل بـ 112."),
            ("هل أنت في خطر؟".into(), Some("اتصل بـ 112.".into()))
        );
    }
}
