//! Prints the language verdict for each line of standard input (a development aid).
fn main() {
    let detector = sunting_check::lang::Detector::new();
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        println!("{:?}\t{line}", detector.detect(&line, 1));
    }
}
