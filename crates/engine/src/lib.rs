//! The pure engine: given the content and the answers, it decides everything
//! the app shows. No web dependencies, so all of it runs under `cargo test`.

pub mod assess;
pub mod check;
pub mod consider;
pub mod country_card;
pub mod date;
pub mod expr;
pub mod ids;
pub mod message_ids;
pub mod model;
pub mod session;
pub mod short_sort;

pub use assess::{assess, Assessment, Deadline, Finding, LastDay, SignalFinding};
pub use date::Day;
pub use expr::{Expr, Reason};
pub use ids::{DeadlineId, FactId, OptionId, QuestionId, ReferralId, RouteId, SignalId};
pub use model::{Country, Kind, Question, Questionnaire};
pub use session::{Answer, AnswerError, Session, Step};
