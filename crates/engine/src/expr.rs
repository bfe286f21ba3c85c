//! The small condition language of the content file, so that a counsellor can
//! read and write conditions such as
//! `wants in [return_thinking, return_decided] and not (fear = yes)`.
//!
//! ```text
//! expr   := and ("or" and)*
//! and    := unary ("and" unary)*
//! unary  := "not" unary | "(" expr ")" | "always" | atom
//! atom   := question "=" option | question "!=" option
//!         | question "in" "[" option ("," option)* "]"
//!         | question "answered" | question "tagged" tag
//!         | question "before" fact | question "since" fact
//! ```
//! An atom about a question that was not answered is false (and so its `not`
//! is true). `=` on a multiple choice means "includes". `before` and `since`
//! compare a date answer with a fact's date: they hold only when every day
//! the answer can stand for (one date, or all the days of a "how long ago"
//! range) is before the fact's date, or on or after it. "I don't know", or a
//! range that straddles the date, makes both false.

use super::ids::{OptionId, QuestionId};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Always,
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Atom(Atom),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Atom {
    pub question: QuestionId,
    pub test: Test,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Test {
    /// The answer includes one of these options.
    AnyOf(Vec<OptionId>),
    /// Answered, and not with this option.
    NotEq(OptionId),
    Answered,
    /// A country answer whose country carries this tag.
    Tagged(String),
    /// A date answer certainly before the date of this fact.
    Before(String),
    /// A date answer certainly on or after the date of this fact.
    Since(String),
}

/// What an expression needs to know about the answers.
pub trait Facts {
    /// The options the answer to `q` stands for (a date answer stands for its
    /// "how long ago" bucket, a country answer for its code); `None` when the
    /// question was not answered.
    fn values(&self, q: &QuestionId) -> Option<Vec<OptionId>>;
    /// Tags of the country answered to `q`.
    fn tags(&self, q: &QuestionId) -> Vec<String>;
    /// Whether the date answered to `q` is before the date of `fact`:
    /// `Some(true)` when every day it can stand for is, `Some(false)` when
    /// none is, `None` when that cannot be told (not a date, "I don't know",
    /// a range that straddles the fact's date, or an unknown fact).
    fn date_before(&self, q: &QuestionId, fact: &str) -> Option<bool>;
}

/// An answer that helped a condition hold: "because you said …".
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Reason {
    pub question: QuestionId,
    pub options: Vec<OptionId>,
}

impl Expr {
    pub fn parse(src: &str) -> Result<Expr, String> {
        let tokens = tokenize(src)?;
        let mut p = Parser { tokens, pos: 0 };
        let e = p.or()?;
        if p.pos != p.tokens.len() {
            return Err(format!("unexpected '{}' in condition '{src}'", p.tokens[p.pos]));
        }
        Ok(e)
    }

    pub fn holds(&self, facts: &impl Facts) -> bool {
        self.eval(facts).is_some()
    }

    /// `Some(reasons)` when the expression holds, with the answers that made
    /// it hold; `None` when it does not.
    pub fn eval(&self, facts: &impl Facts) -> Option<Vec<Reason>> {
        let mut reasons = Vec::new();
        if self.collect(facts, &mut reasons) {
            super::short_sort::sort_by(&mut reasons, Ord::cmp);
            reasons.dedup();
            Some(merge(reasons))
        } else {
            None
        }
    }

    fn collect(&self, facts: &impl Facts, out: &mut Vec<Reason>) -> bool {
        match self {
            Expr::Always => true,
            // A negation holds because something was *not* said: no reason to cite.
            Expr::Not(e) => !e.collect(facts, &mut Vec::new()),
            Expr::And(es) => {
                let mut mine = Vec::new();
                let all = es.iter().all(|e| e.collect(facts, &mut mine));
                if all {
                    out.extend(mine);
                }
                all
            }
            Expr::Or(es) => {
                let mut any = false;
                for e in es {
                    any |= e.collect(facts, out);
                }
                any
            }
            Expr::Atom(a) => a.collect(facts, out),
        }
    }

    /// Every question the expression reads.
    pub fn questions(&self) -> BTreeSet<QuestionId> {
        let mut out = BTreeSet::new();
        self.visit(&mut |a| {
            out.insert(a.question.clone());
        });
        out
    }

    /// Calls `f` on every atom.
    pub fn visit(&self, f: &mut impl FnMut(&Atom)) {
        match self {
            Expr::Always => {}
            Expr::Not(e) => e.visit(f),
            Expr::And(es) | Expr::Or(es) => es.iter().for_each(|e| e.visit(f)),
            Expr::Atom(a) => f(a),
        }
    }
}

impl Atom {
    fn collect(&self, facts: &impl Facts, out: &mut Vec<Reason>) -> bool {
        let Some(values) = facts.values(&self.question) else {
            return false;
        };
        let cited: Vec<OptionId> = match &self.test {
            Test::AnyOf(opts) => values.iter().filter(|v| opts.contains(v)).cloned().collect(),
            Test::NotEq(o) if values.contains(o) => Vec::new(),
            Test::NotEq(_) | Test::Answered => values.clone(),
            Test::Tagged(t) if facts.tags(&self.question).contains(t) => values.clone(),
            Test::Tagged(_) => Vec::new(),
            Test::Before(f) if facts.date_before(&self.question, f) == Some(true) => values.clone(),
            Test::Since(f) if facts.date_before(&self.question, f) == Some(false) => values.clone(),
            Test::Before(_) | Test::Since(_) => Vec::new(),
        };
        if cited.is_empty() {
            return false;
        }
        out.push(Reason { question: self.question.clone(), options: cited });
        true
    }
}

/// One reason per question, with all options cited for it.
fn merge(reasons: Vec<Reason>) -> Vec<Reason> {
    let mut out: Vec<Reason> = Vec::new();
    for r in reasons {
        match out.iter_mut().find(|o| o.question == r.question) {
            Some(o) => {
                for opt in r.options {
                    if !o.options.contains(&opt) {
                        o.options.push(opt);
                    }
                }
            }
            None => out.push(r),
        }
    }
    out
}

/// Writes the condition back in the content file's language, for reviewers
/// and the counsellor view.
impl std::fmt::Display for Expr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Expr::Always => f.write_str("always"),
            Expr::Not(x) => write!(f, "not ({x})"),
            Expr::And(xs) => join(f, xs, " and ", false),
            Expr::Or(xs) => join(f, xs, " or ", true),
            Expr::Atom(a) => {
                let q = &a.question;
                match &a.test {
                    Test::AnyOf(os) if os.len() == 1 => write!(f, "{q} = {}", os[0]),
                    Test::AnyOf(os) => {
                        let list: Vec<&str> = os.iter().map(|o| o.as_str()).collect();
                        write!(f, "{q} in [{}]", list.join(", "))
                    }
                    Test::NotEq(o) => write!(f, "{q} != {o}"),
                    Test::Answered => write!(f, "{q} answered"),
                    Test::Tagged(t) => write!(f, "{q} tagged {t}"),
                    Test::Before(t) => write!(f, "{q} before {t}"),
                    Test::Since(t) => write!(f, "{q} since {t}"),
                }
            }
        }
    }
}

fn join(f: &mut std::fmt::Formatter<'_>, xs: &[Expr], sep: &str, parens: bool) -> std::fmt::Result {
    if parens {
        f.write_str("(")?;
    }
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            f.write_str(sep)?;
        }
        write!(f, "{x}")?;
    }
    if parens {
        f.write_str(")")?;
    }
    Ok(())
}

/// In the content file a condition is text (`fear = yes`). In the binary form
/// `build.rs` writes (not human-readable) it is the parsed tree, so the app
/// carries no parser and parses nothing at start.
impl Serialize for Expr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            Tree::serialize(self, s)
        }
    }
}

impl<'de> Deserialize<'de> for Expr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Expr::parse(&s).map_err(serde::de::Error::custom)
        } else {
            Tree::deserialize(d)
        }
    }
}

/// [`Expr`]'s shape for serde's derive (checked against it by the compiler).
#[derive(Serialize, Deserialize)]
#[serde(remote = "Expr")]
enum Tree {
    Always,
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Atom(Atom),
}

fn tokenize(src: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if "()[],=".contains(c) {
            out.push(c.to_string());
            chars.next();
        } else if c == '!' {
            chars.next();
            if chars.next() != Some('=') {
                return Err(format!("'!' must be followed by '=' in '{src}'"));
            }
            out.push("!=".into());
        } else if c.is_alphanumeric() || c == '_' || c == '-' {
            let mut w = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_alphanumeric() || c == '_' || c == '-' {
                    w.push(c);
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(w);
        } else {
            return Err(format!("unexpected character '{c}' in '{src}'"));
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<String>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(|s| s.as_str())
    }

    fn next(&mut self) -> Result<String, String> {
        let t = self.tokens.get(self.pos).cloned().ok_or("condition ends too early")?;
        self.pos += 1;
        Ok(t)
    }

    fn expect(&mut self, want: &str) -> Result<(), String> {
        let t = self.next()?;
        if t == want {
            Ok(())
        } else {
            Err(format!("expected '{want}', found '{t}'"))
        }
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut es = vec![self.and()?];
        while self.peek() == Some("or") {
            self.pos += 1;
            es.push(self.and()?);
        }
        Ok(if es.len() == 1 { es.pop().unwrap() } else { Expr::Or(es) })
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut es = vec![self.unary()?];
        while self.peek() == Some("and") {
            self.pos += 1;
            es.push(self.unary()?);
        }
        Ok(if es.len() == 1 { es.pop().unwrap() } else { Expr::And(es) })
    }

    fn unary(&mut self) -> Result<Expr, String> {
        match self.peek() {
            Some("not") => {
                self.pos += 1;
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            Some("(") => {
                self.pos += 1;
                let e = self.or()?;
                self.expect(")")?;
                Ok(e)
            }
            Some("always") => {
                self.pos += 1;
                Ok(Expr::Always)
            }
            _ => self.atom(),
        }
    }

    fn atom(&mut self) -> Result<Expr, String> {
        let q = self.word()?;
        let test = match self.next()?.as_str() {
            "=" => Test::AnyOf(vec![OptionId(self.word()?)]),
            "!=" => Test::NotEq(OptionId(self.word()?)),
            "answered" => Test::Answered,
            "tagged" => Test::Tagged(self.word()?),
            "before" => Test::Before(self.word()?),
            "since" => Test::Since(self.word()?),
            "in" => {
                self.expect("[")?;
                let mut opts = vec![OptionId(self.word()?)];
                while self.peek() == Some(",") {
                    self.pos += 1;
                    opts.push(OptionId(self.word()?));
                }
                self.expect("]")?;
                Test::AnyOf(opts)
            }
            t => return Err(format!("expected =, !=, in, answered, tagged, before or since after '{q}', found '{t}'")),
        };
        Ok(Expr::Atom(Atom { question: QuestionId(q), test }))
    }

    fn word(&mut self) -> Result<String, String> {
        let t = self.next()?;
        if t.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            && !["and", "or", "not", "in"].contains(&t.as_str())
        {
            Ok(t)
        } else {
            Err(format!("expected a name, found '{t}'"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    struct F(BTreeMap<&'static str, Vec<&'static str>>);
    impl Facts for F {
        fn values(&self, q: &QuestionId) -> Option<Vec<OptionId>> {
            self.0.get(q.as_str()).map(|v| v.iter().map(|s| OptionId::from(*s)).collect())
        }
        fn tags(&self, q: &QuestionId) -> Vec<String> {
            if self.0.get(q.as_str()) == Some(&vec!["NG"]) {
                vec!["erso".into()]
            } else {
                vec![]
            }
        }
        fn date_before(&self, q: &QuestionId, fact: &str) -> Option<bool> {
            // "old" / "new" stand for a date before / after the fact "pact".
            match (self.0.get(q.as_str())?.as_slice(), fact) {
                (["old"], "pact") => Some(true),
                (["new"], "pact") => Some(false),
                _ => None,
            }
        }
    }

    fn facts(pairs: &[(&'static str, &[&'static str])]) -> F {
        F(pairs.iter().map(|(k, v)| (*k, v.to_vec())).collect())
    }

    #[test]
    fn parses_precedence_and_parentheses() {
        let e = Expr::parse("a = x or b = y and not (c in [p, q])").unwrap();
        assert!(matches!(e, Expr::Or(ref v) if v.len() == 2));
        assert!(Expr::parse("a =").is_err());
        assert!(Expr::parse("a in [x").is_err());
        assert!(Expr::parse("a = x b").is_err());
        assert!(Expr::parse("a ! x").is_err());
        assert!(Expr::parse("a like x").is_err());
    }

    #[test]
    fn unanswered_atoms_are_false_and_their_negation_true() {
        let f = facts(&[]);
        assert!(!Expr::parse("a = x").unwrap().holds(&f));
        assert!(!Expr::parse("a != x").unwrap().holds(&f));
        assert!(Expr::parse("not a = x").unwrap().holds(&f));
        assert!(Expr::parse("always").unwrap().holds(&f));
    }

    #[test]
    fn reasons_cite_the_answers_that_made_it_hold() {
        let f = facts(&[("wants", &["stay"]), ("needs", &["work", "housing", "school"]), ("fear", &["no"])]);
        let r = Expr::parse("wants in [stay, unsure] and needs in [work, school] and not fear = yes")
            .unwrap()
            .eval(&f)
            .unwrap();
        assert_eq!(
            r,
            vec![
                Reason { question: "needs".into(), options: vec!["work".into(), "school".into()] },
                Reason { question: "wants".into(), options: vec!["stay".into()] },
            ]
        );
        // Only the branches of an "or" that hold are cited.
        let r = Expr::parse("wants = leave or fear = no").unwrap().eval(&f).unwrap();
        assert_eq!(r, vec![Reason { question: "fear".into(), options: vec!["no".into()] }]);
        assert!(Expr::parse("wants = leave and fear = no").unwrap().eval(&f).is_none());
    }

    #[test]
    fn display_parses_back_to_the_same_condition() {
        for src in [
            "a = x",
            "a in [x, y] and not (b != z)",
            "(a = x or b answered) and c tagged t",
            "always",
            "d before pact or d since pact",
        ] {
            let e = Expr::parse(src).unwrap();
            assert_eq!(Expr::parse(&e.to_string()).unwrap(), e, "{src} -> {e}");
        }
    }

    #[test]
    fn tagged_and_answered() {
        let f = facts(&[("country", &["NG"]), ("x", &["a"])]);
        assert!(Expr::parse("country tagged erso").unwrap().holds(&f));
        assert!(!Expr::parse("country tagged iom_caveat").unwrap().holds(&f));
        assert!(Expr::parse("x answered").unwrap().holds(&f));
        assert!(Expr::parse("x != b").unwrap().holds(&f));
        assert!(!Expr::parse("x != a").unwrap().holds(&f));
    }

    #[test]
    fn before_and_since_hold_only_when_the_answer_tells() {
        let before = Expr::parse("d before pact").unwrap();
        let since = Expr::parse("d since pact").unwrap();
        for (answer, b, s) in [("old", true, false), ("new", false, true), ("dont_know", false, false)] {
            let f = facts(&[("d", &[answer][..])]);
            assert_eq!((before.holds(&f), since.holds(&f)), (b, s), "{answer}");
        }
        assert!(!before.holds(&facts(&[])) && !since.holds(&facts(&[])), "unanswered: neither");
        assert!(Expr::parse("d before").is_err());
    }
}
