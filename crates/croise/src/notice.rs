//! Warnings the library has for the person at the keyboard, collected here
//! for the binary to print: the library itself prints nothing.
//!
//! A notice never holds a value read from a list or a key; it names files
//! and says what could not be checked.

use std::sync::Mutex;

static NOTICES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Records a warning once (a repeated message is kept once).
pub fn push(message: String) {
    let mut notices = NOTICES.lock().unwrap_or_else(|e| e.into_inner());
    if !notices.contains(&message) {
        notices.push(message);
    }
}

/// Takes every warning recorded so far, in order.
pub fn take() -> Vec<String> {
    std::mem::take(&mut *NOTICES.lock().unwrap_or_else(|e| e.into_inner()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn notices_are_kept_once_and_taken_in_order() {
        super::push("first".into());
        super::push("second".into());
        super::push("first".into());
        let taken = super::take();
        let mine: Vec<&String> = taken
            .iter()
            .filter(|n| *n == "first" || *n == "second")
            .collect();
        assert_eq!(mine, ["first", "second"]);
    }
}
