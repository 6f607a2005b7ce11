//! The JS side: editor, runner, clipboard.
