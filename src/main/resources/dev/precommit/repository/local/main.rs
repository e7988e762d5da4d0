// Does nothing: local hooks only need the crate to exist.
fn main() {}
