//! The date input of a date question, with the date read back in words in
//! the person's language ("9 November 2026, 20 days ago") before they
//! continue. Browsers lay the field out in their own order (often
//! month/day/year), so a Dutch day-first date can silently become another
//! date; reading it back, and refusing implausible dates early, catches that.

use super::draft::Draft;
use super::state::{today, use_languages};
use super::text::{bi, format_date, translator};
use crate::engine::session::earliest_date;
use crate::engine::{Day, Question};
use crate::i18n::msg;
use leptos::prelude::*;

#[component]
pub fn DateField(question: &'static Question, draft: Draft) -> impl IntoView {
    let locale = use_languages().first;
    let q = crate::content::questionnaire();
    let earliest = earliest_date(q, question);
    // What the typed date means, or why it cannot be right.
    let readback = move || {
        let day = Day::parse_iso(&draft.date.get())?;
        let tr = translator(locale.get());
        let ago = today().days_since(day);
        Some(if ago < 0 {
            (true, tr.t(msg::ERROR_FUTURE_DATE))
        } else if earliest.is_some_and(|e| day < e) {
            (true, tr.t(msg::ERROR_DATE_TOO_EARLY))
        } else {
            let when = tr.t_args(msg::DATE_AGO, &[("days", ago.into())]);
            (false, tr.t_args(msg::DATE_READBACK, &[("date", format_date(&tr, day).into()), ("ago", when.into())]))
        })
    };
    view! {
        // One of the question's alternatives (see `Choices`).
        <div class="date-field" data-alternative>
            <label for="date-input">{bi(msg::DATE_ENTER)}</label>
            <input type="date" id="date-input" max=today().iso() min=earliest.map(|d| d.iso())
                aria-describedby="date-readback" prop:value=move || draft.date.get()
                on:input=move |ev| draft.type_date(event_target_value(&ev))/>
            <p id="date-readback" class="date-readback" role="status" aria-live="polite"
                class:date-wrong=move || readback().is_some_and(|(wrong, _)| wrong)>
                {move || readback().map(|(_, text)| text)}
            </p>
        </div>
    }
}
