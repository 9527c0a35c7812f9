//! Prints the language verdict for each line of standard input (a development aid).
#![allow(clippy::disallowed_methods, reason = "a development aid: it times and reads files, the checker itself does not")]
fn main() {
    let detector = sunting_check::lang::Detector::new();
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        println!("{:?}\t{line}", detector.detect(&line, 1));
    }
}
