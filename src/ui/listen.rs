//! Listeners on things that outlive a screen (the window, the speech
//! synthesis, an utterance), registered so they go when the component that
//! asked for them goes, the way leptos-use's `use_event_listener` does.
//! Nothing is leaked with `Closure::forget`: the Rust closure is freed
//! with the listener.

use leptos::ev::EventDescriptor;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `handler` on every `event` at `target` until the calling component
/// is cleaned up.
pub fn use_event_listener<E>(
    target: impl Into<web_sys::EventTarget>,
    event: E,
    handler: impl FnMut(E::EventType) + 'static,
) where
    E: EventDescriptor,
    E::EventType: JsCast,
{
    let listener = Listener::new(target.into(), event, handler);
    on_cleanup(move || drop(listener));
}

/// A listener that is removed when dropped (held by `on_cleanup`, or by a
/// `StoredValue` for a listener that is replaced, such as the end of the
/// utterance being read).
pub struct Listener(SendWrapper<Registered>);

/// Where, for which event, and the closure (freed with the listener).
type Registered = (web_sys::EventTarget, String, Closure<dyn FnMut(web_sys::Event)>);

impl Listener {
    pub fn new<E>(target: web_sys::EventTarget, event: E, mut handler: impl FnMut(E::EventType) + 'static) -> Listener
    where
        E: EventDescriptor,
        E::EventType: JsCast,
    {
        let function =
            Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| handler(ev.unchecked_into()));
        let name = event.name().into_owned();
        let _ = target.add_event_listener_with_callback(&name, function.as_ref().unchecked_ref());
        Listener(SendWrapper::new((target, name, function)))
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let (target, name, function) = &*self.0;
        let _ = target.remove_event_listener_with_callback(name, function.as_ref().unchecked_ref());
    }
}

/// The window, as a target for `use_event_listener`.
pub fn window_target() -> web_sys::EventTarget {
    window().into()
}
