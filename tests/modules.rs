//! No cycles between the modules of the engine and the checker.
//!
//! A module may use its ancestors (a rule uses `rules::Check`) and its descendants; between any
//! other two, dependencies go one way. Each file's `use crate::…` and `super::…` paths (test
//! code aside) are edges to the deepest module they name; a cycle fails the test with its path.
#![allow(clippy::disallowed_methods, reason = "the test reads the crates' own sources")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`rules::spelling`) → the source of its file, test code cut off.
fn modules(src: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                let mut inner = prefix.to_vec();
                inner.push(name);
                walk(&path, &inner, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut module = prefix.to_vec();
                if !matches!(name.as_str(), "lib" | "mod") {
                    module.push(name);
                }
                let text = std::fs::read_to_string(&path).unwrap();
                // Code only: test modules and comments (doc links are not dependencies) aside.
                let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
                let code = code.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
                out.insert(module.join("::"), code);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(src, &[], &mut out);
    out
}

/// The deepest known module that `path` (segments from the crate root) names.
fn resolve(path: &[&str], known: &BTreeMap<String, String>) -> String {
    (0..=path.len()).rev().map(|n| path[..n].join("::")).find(|candidate| known.contains_key(candidate)).unwrap_or_default()
}

fn is_related(a: &str, b: &str) -> bool {
    let within = |inner: &str, outer: &str| outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}::"));
    within(a, b) || within(b, a)
}

fn edges(known: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':';
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, code) in known {
        let here: Vec<&str> = if module.is_empty() { Vec::new() } else { module.split("::").collect() };
        for (at, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
            if code[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                continue; // the tail of `super::super::`, counted from its start
            }
            let rest: String = code[at..].chars().take_while(|&c| ident(c)).collect();
            let mut segments: Vec<&str> = rest.split("::").filter(|s| !s.is_empty()).collect();
            let mut base: Vec<&str> = if segments.first() == Some(&"crate") {
                segments.remove(0);
                Vec::new()
            } else {
                // A file's module is its own `super`'s child (mod.rs files included).
                here.clone()
            };
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
            base.extend(segments);
            let target = resolve(&base, known);
            if !is_related(module, &target) {
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    edges
}

fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[start..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_engine_and_the_checker_have_no_module_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for krate in ["sunting-engine", "sunting-check"] {
        let known = modules(&root.join("crates").join(krate).join("src"));
        assert!(known.len() > 10, "{krate}: {:?}", known.keys());
        let edges = edges(&known);
        assert!(edges.values().map(BTreeSet::len).sum::<usize>() > 5, "{krate}: too few edges found: {edges:?}");
        assert_eq!(find_cycle(&edges), None, "{krate} has a module cycle");
    }
}

#[test]
fn a_cycle_is_found() {
    let known: BTreeMap<String, String> = [
        ("".to_string(), String::new()),
        ("lang".to_string(), "use crate::lexicon::FREQ;".to_string()),
        ("lexicon".to_string(), "use crate::lang::Language;".to_string()),
        ("rules".to_string(), String::new()),
        ("rules::a".to_string(), "use super::{Check, Rule}; super::b::helper();".to_string()),
        ("rules::b".to_string(), "super::super::lang::x(); super::a::other();".to_string()),
    ]
    .into_iter()
    .collect();
    let edges = edges(&known);
    assert!(!edges["rules::a"].contains("rules"), "using a parent is no edge");
    let cycle = find_cycle(&edges).unwrap();
    assert!(cycle == ["lang", "lexicon", "lang"] || cycle.contains(&"rules::a".to_string()), "{cycle:?}");
}
