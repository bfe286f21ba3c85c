//! Screens too large to build in one frame on a slow phone (the result, the
//! country list) draw their top part first and the rest once that frame is
//! painted. The rest is marked `data-complete` where it is whole (tests wait
//! for it).

use leptos::prelude::*;

/// False until the frame being built now has been painted, then true.
pub fn painted() -> RwSignal<bool> {
    let painted = RwSignal::new(false);
    // A timer set in the frame's callback runs after that frame is painted.
    request_animation_frame(move || set_timeout(move || _ = painted.try_set(true), std::time::Duration::ZERO));
    painted
}
