//! The order of the return routes over every combination of country (every
//! country in the list, "other" and "rather not say") × what would help a
//! new start × what the person wants × Dublin × an earlier assisted return ×
//! each protection signal, checked against an expected table written here by
//! hand from the research (DT&V, IOM; see content/questionnaire.toml's
//! route-order table for the sources), not derived from the content's rules.

mod common;
use common::*;
use wegwijzer::content::questionnaire;
use wegwijzer::engine::{assess, Answer, Kind, Questionnaire};

/// What decides the order, about the country. Each country is put in one
/// class from its tags; the class's row below says the rest.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Class {
    /// A documented ERSO partner, visa required (e.g. Nigeria).
    Erso,
    /// No ERSO partner documented, visa required (e.g. Algeria), or no
    /// country given.
    Plain,
    /// Visa-free, with or without a documented ERSO partner (Georgia, Colombia).
    VisaFree,
    /// IOM may not help with return there (Libya, Yemen, Syria).
    IomCaveat,
    /// Ukraine: visa-free, and IOM stopped its return support in 2017.
    Ukraine,
}

/// R = reintegration (ERSO via VluchtelingenWerk), I = IOM, O = other return
/// organisations. Key: class, only the journey, Dublin (yes or not sure),
/// earlier assisted return (yes or not sure). Written by hand.
#[rustfmt::skip]
const EXPECTED: &[(Class, bool, bool, bool, &str)] = {
    use Class::*;
    &[
        // class     journey dublin past   order
        (Erso,      false, false, false, "RIO"), // a partner is documented: VluchtelingenWerk first
        (Erso,      false, false, true,  "RIO"), // helped before: ask VluchtelingenWerk first
        (Erso,      false, true,  false, "IRO"), // Dublin: IOM first, "ask IOM or your lawyer"
        (Erso,      false, true,  true,  "RIO"),
        (Erso,      true,  false, false, "IRO"), // only the journey: IOM fits
        (Erso,      true,  false, true,  "RIO"),
        (Erso,      true,  true,  false, "IRO"),
        (Erso,      true,  true,  true,  "RIO"),
        (Plain,     false, false, false, "IRO"), // no partner: IOM first, organisations last
        (Plain,     false, false, true,  "RIO"),
        (Plain,     false, true,  false, "IRO"),
        (Plain,     false, true,  true,  "RIO"),
        (Plain,     true,  false, false, "IRO"),
        (Plain,     true,  false, true,  "RIO"),
        (Plain,     true,  true,  false, "IRO"),
        (Plain,     true,  true,  true,  "RIO"),
        (VisaFree,  false, false, false, "IRO"), // no paid reintegration: basic return first
        (VisaFree,  false, false, true,  "RIO"),
        (VisaFree,  false, true,  false, "IRO"),
        (VisaFree,  false, true,  true,  "RIO"),
        (VisaFree,  true,  false, false, "IRO"),
        (VisaFree,  true,  false, true,  "RIO"),
        (VisaFree,  true,  true,  false, "IRO"),
        (VisaFree,  true,  true,  true,  "RIO"),
        (IomCaveat, false, false, false, "ROI"), // IOM may not help: IOM last
        (IomCaveat, false, false, true,  "ROI"),
        (IomCaveat, false, true,  false, "ROI"),
        (IomCaveat, false, true,  true,  "ROI"),
        (IomCaveat, true,  false, false, "ROI"),
        (IomCaveat, true,  false, true,  "ROI"),
        (IomCaveat, true,  true,  false, "ROI"),
        (IomCaveat, true,  true,  true,  "ROI"),
        (Ukraine,   false, false, false, "RIO"), // neither IOM nor paid reintegration is sure
        (Ukraine,   false, false, true,  "RIO"),
        (Ukraine,   false, true,  false, "RIO"),
        (Ukraine,   false, true,  true,  "RIO"),
        (Ukraine,   true,  false, false, "RIO"),
        (Ukraine,   true,  false, true,  "RIO"),
        (Ukraine,   true,  true,  false, "RIO"),
        (Ukraine,   true,  true,  true,  "RIO"),
    ]
};

fn class(q: &Questionnaire, country: &str) -> Class {
    let tags = q.country(&country.into()).map(|c| c.tags.clone()).unwrap_or_default();
    let has = |t: &str| tags.iter().any(|x| x == t);
    match () {
        _ if country == "UA" => Class::Ukraine,
        _ if has("iom_caveat") => Class::IomCaveat,
        _ if has("visa_free") => Class::VisaFree,
        _ if has("erso") => Class::Erso,
        _ => Class::Plain,
    }
}

fn letters(ids: &[&str]) -> String {
    let letter = |id: &str| match id {
        "reintegration" => 'R',
        "iom" => 'I',
        "return_orgs" => 'O',
        other => panic!("a return route the table does not know: {other}"),
    };
    ids.iter().map(|id| letter(id)).collect()
}

/// The protection signals, each given by one answer; `None` for none.
const SIGNALS: &[Option<(&str, &str)>] = &[
    None,
    Some(("fear", "yes")),
    Some(("fear", "not_sure")),
    Some(("fear", "prefer_not")),
    Some(("trafficking", "debt")),
    Some(("trafficking", "prefer_not")),
    Some(("minor_alone", "yes")),
    Some(("minor_alone", "not_sure")),
    Some(("minor_alone", "prefer_not")),
];

#[test]
fn the_return_routes_follow_the_hand_written_table_in_every_combination() {
    let q = questionnaire();
    let is_return = |id: &str| q.route(&id.into()).is_some_and(|r| r.is_return);
    let mut countries: Vec<String> = q.countries.iter().map(|c| c.code.to_string()).collect();
    countries.extend(["other".to_string(), "prefer_not".to_string()]);
    let new_start = q.question(&"new_start".into()).unwrap().choices(&q.settings);
    let wants = q.question(&"wants".into()).unwrap().choices(&q.settings);
    let yes_no = ["yes", "no", "not_sure"];
    let (mut checked, mut held, mut rows_seen) = (0, 0, std::collections::BTreeSet::new());
    for country in &countries {
        let class = class(q, country);
        for want in &wants {
            let returning = ["return_thinking", "return_decided"].contains(&want.as_str());
            // new_start and past_return are asked only of people who consider return.
            let starts: Vec<Option<&str>> =
                if returning { new_start.iter().map(|o| Some(o.as_str())).collect() } else { vec![None] };
            let pasts: &[Option<&str>] = if returning { &[Some("yes"), Some("no"), Some("not_sure")] } else { &[None] };
            for start in &starts {
                for dublin in yes_no {
                    for past in pasts {
                        for signal in SIGNALS {
                            let pick = |id: &str| -> Option<Answer> {
                                let one = |o: &str| Some(Answer::One(o.into()));
                                match (id, signal) {
                                    (_, Some((sid, o))) if *sid == id => {
                                        let multi = q.question(&id.into()).unwrap().kind == Kind::Multi;
                                        if multi {
                                            Some(Answer::Many(vec![(*o).into()]))
                                        } else {
                                            one(o)
                                        }
                                    }
                                    ("country", _) => one(country),
                                    ("wants", _) => one(want.as_str()),
                                    ("dublin", _) => one(dublin),
                                    ("new_start", _) => start.map(|o| Answer::Many(vec![o.into()])),
                                    ("past_return", _) => past.and_then(one),
                                    _ => None,
                                }
                            };
                            let s = calm_path(q, &pick);
                            let a = assess(q, &s);
                            let suggested: Vec<&str> =
                                a.routes.iter().map(|f| f.id.as_str()).filter(|id| is_return(id)).collect();
                            let others: Vec<&str> = a.other_options.iter().map(|f| f.id.as_str()).collect();
                            let why = format!(
                                "{country} ({class:?}), wants {want}, new start {start:?}, dublin {dublin}, past {past:?}, signal {signal:?}"
                            );
                            if !returning {
                                assert!(suggested.is_empty() && others.is_empty(), "{why}: no return route at all");
                                continue;
                            }
                            let journey = *start == Some("travel_only");
                            let dub = dublin != "no";
                            let helped = *past != Some("no");
                            let row = EXPECTED
                                .iter()
                                .find(|r| r.0 == class && r.1 == journey && r.2 == dub && r.3 == helped)
                                .expect("the table has a row for every combination");
                            rows_seen.insert((row.0 as u8, row.1, row.2, row.3));
                            match signal {
                                None => {
                                    assert!(a.signals.is_empty(), "{why}: {:?}", a.signals);
                                    assert_eq!(letters(&suggested), row.4, "{why}");
                                    assert!(others.is_empty(), "{why}");
                                    // A route the person probably cannot use is not first.
                                    let first = suggested[0];
                                    let cannot = match first {
                                        "iom" => matches!(class, Class::IomCaveat) || helped,
                                        "reintegration" | "return_orgs" => matches!(class, Class::VisaFree) && !helped,
                                        _ => false,
                                    };
                                    assert!(!cannot, "{why}: {first} first");
                                }
                                Some(_) => {
                                    assert!(!a.signals.is_empty(), "{why}: the signal holds");
                                    assert!(suggested.is_empty(), "{why}: return is held back");
                                    assert_eq!(letters(&others), row.4, "{why}: held back in the same order");
                                    let first: Vec<&str> = a.routes.iter().take(3).map(|f| f.id.as_str()).collect();
                                    assert_eq!(first, ["conversation", "legal_check", "flight_story"], "{why}");
                                    held += 1;
                                }
                            }
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert_eq!(rows_seen.len(), EXPECTED.len(), "every row of the table was met");
    assert!(checked > 50_000 && held > 40_000, "{checked} {held}");
}

#[test]
fn every_class_of_the_table_is_a_country_in_the_list() {
    let q = questionnaire();
    for (want, code) in [
        (Class::Erso, "NG"),
        (Class::Plain, "DZ"),
        (Class::VisaFree, "GE"),
        (Class::VisaFree, "CO"),
        (Class::IomCaveat, "LY"),
        (Class::IomCaveat, "SY"),
        (Class::Ukraine, "UA"),
    ] {
        assert_eq!(class(q, code), want, "{code}");
    }
}

#[test]
fn the_flight_story_analysis_is_offered_whenever_any_signal_holds() {
    // Over every signal and every option of every question it reads (each
    // alone), with nothing else that would suggest it (no fear, a decision
    // understood, no new facts): offered exactly when a signal holds.
    let q = questionnaire();
    let mut offered = 0;
    for sig in &q.signals {
        for qid in sig.when.questions() {
            let question = q.question(&qid).unwrap();
            for o in question.choices(&q.settings) {
                let a =
                    if question.kind == Kind::Multi { Answer::Many(vec![o.clone()]) } else { Answer::One(o.clone()) };
                let s = calm_path(q, &|id| {
                    if id == qid.as_str() {
                        Some(a.clone())
                    } else if id == "fear" && qid.as_str() == "fear_of" {
                        Some(Answer::One("prefer_not".into()))
                    } else {
                        None
                    }
                });
                let r = assess(q, &s);
                let has = r.routes.iter().any(|f| f.id.as_str() == "flight_story");
                assert_eq!(has, !r.signals.is_empty(), "{}: {qid} = {o}", sig.id);
                offered += usize::from(has);
            }
        }
    }
    assert!(offered > 15, "{offered}");
}
