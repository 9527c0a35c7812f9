//! No cycles between the modules of the engine and the checker, and no rule that imports
//! another rule.
//!
//! A module may use its ancestors (a rule uses `rules::Check`) and its descendants; between any
//! other two, dependencies go one way. Each file is parsed (syn) and every path it names outside
//! test code is an edge to the deepest module the path reaches: `use` trees with their groups
//! (`use crate::{lexicon::X, lang}`), renames and globs, and paths in code (`super::a::f()`,
//! `crate::lexicon::Lexicon`). A name a module re-exports (`pub use lang::Language` at the
//! crate root) leads on to the module it comes from, so `use crate::Language` is an edge to
//! `lang`. A cycle fails the test with its path.
//!
//! Rules are the files of `rules/` that declare their `ID`; they share helpers (`rules/
//! story_names.rs`, `rules/word_lists.rs`, `rules/precedence.rs`) and never name each other.
#![allow(clippy::disallowed_methods, reason = "the test reads the crates' own sources")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use syn::visit::Visit;

/// A module: its parsed file, test code cut off.
struct Module {
    file: syn::File,
}

/// Module path (`rules::spelling`) → its parsed file.
fn modules(src: &Path) -> BTreeMap<String, Module> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, Module>) {
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
                out.insert(module.join("::"), parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(src, &[], &mut out);
    out
}

/// A module from its source, items under `#[cfg(test)]` left out.
fn parse(text: &str) -> syn::Result<Module> {
    let mut file = syn::parse_file(text)?;
    file.items.retain(|item| !is_test_only(item));
    Ok(Module { file })
}

fn is_test_only(item: &syn::Item) -> bool {
    let attrs = match item {
        syn::Item::Mod(m) => &m.attrs,
        syn::Item::Fn(f) => &f.attrs,
        syn::Item::Use(u) => &u.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Const(c) => &c.attrs,
        syn::Item::Static(s) => &s.attrs,
        syn::Item::Struct(s) => &s.attrs,
        _ => return false,
    };
    attrs.iter().any(|attr| attr.path().is_ident("cfg") && attr.parse_args::<syn::Meta>().is_ok_and(|meta| meta.path().is_ident("test")))
}

/// Every path of a `use` tree, as segments (`use crate::{a::B, c as d, e::*}` gives
/// `crate::a::B`, `crate::c`, `crate::e`), with whether the `use` is a re-export.
fn use_paths(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            use_paths(&path.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(name) => {
            let mut full = prefix.clone();
            if name.ident != "self" {
                full.push(name.ident.to_string());
            }
            out.push(full);
        }
        syn::UseTree::Rename(rename) => {
            let mut full = prefix.clone();
            full.push(rename.ident.to_string());
            out.push(full);
        }
        syn::UseTree::Glob(_) => out.push(prefix.clone()),
        syn::UseTree::Group(group) => group.items.iter().for_each(|item| use_paths(item, prefix, out)),
    }
}

/// The name a `use` tree brings into scope for each of its paths (`as` renames it; a glob
/// brings none that can be named here).
fn use_names(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            use_names(&path.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(name) => {
            let mut full = prefix.clone();
            full.push(name.ident.to_string());
            out.push((name.ident.to_string(), full));
        }
        syn::UseTree::Rename(rename) => {
            let mut full = prefix.clone();
            full.push(rename.ident.to_string());
            out.push((rename.rename.to_string(), full));
        }
        syn::UseTree::Glob(_) => {}
        syn::UseTree::Group(group) => group.items.iter().for_each(|item| use_names(item, prefix, out)),
    }
}

/// Paths in code that start at the crate, a parent or the module itself.
#[derive(Default)]
struct CodePaths(Vec<Vec<String>>);

impl<'ast> Visit<'ast> for CodePaths {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.first().is_some_and(|first| matches!(first.as_str(), "crate" | "super" | "self")) {
            self.0.push(segments);
        }
        syn::visit::visit_path(self, path);
    }
    // `use` items are read as trees, with their groups.
    fn visit_item_use(&mut self, _: &'ast syn::ItemUse) {}
}

/// The graph: which module names which.
struct Graph {
    /// Module → the names it re-exports (`pub use`, any visibility but private) → where from, as
    /// absolute segments.
    reexports: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    known: BTreeSet<String>,
}

impl Graph {
    fn new(modules: &BTreeMap<String, Module>) -> Graph {
        let known: BTreeSet<String> = modules.keys().cloned().collect();
        let mut reexports: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
        for (module, source) in modules {
            for item in &source.file.items {
                if let syn::Item::Use(item) = item {
                    if matches!(item.vis, syn::Visibility::Inherited) {
                        continue;
                    }
                    let mut names = Vec::new();
                    use_names(&item.tree, &mut Vec::new(), &mut names);
                    for (name, path) in names {
                        if let Some(absolute) = absolute(module, &path, &known) {
                            reexports.entry(module.clone()).or_default().insert(name, absolute);
                        }
                    }
                }
            }
        }
        Graph { reexports, known }
    }

    /// The module a path (absolute segments) leads to: the deepest module it names, or, when
    /// the next segment is a name that module re-exports, where that name comes from.
    fn resolve(&self, path: &[String], depth: usize) -> String {
        let deepest = (0..=path.len()).rev().find(|&n| self.known.contains(&path[..n].join("::"))).unwrap_or(0);
        let module = path[..deepest].join("::");
        if depth < 8 {
            if let Some(next) = path.get(deepest) {
                if let Some(from) = self.reexports.get(&module).and_then(|names| names.get(next)) {
                    let mut onward = from.clone();
                    onward.extend(path[deepest + 1..].iter().cloned());
                    return self.resolve(&onward, depth + 1);
                }
            }
        }
        module
    }

    fn edges(&self, modules: &BTreeMap<String, Module>) -> BTreeMap<String, BTreeSet<String>> {
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (module, source) in modules {
            let mut paths = Vec::new();
            for item in &source.file.items {
                if let syn::Item::Use(item) = item {
                    use_paths(&item.tree, &mut Vec::new(), &mut paths);
                }
            }
            let mut code = CodePaths::default();
            code.visit_file(&source.file);
            paths.extend(code.0);
            for path in paths {
                let Some(absolute) = absolute(module, &path, &self.known) else { continue };
                let target = self.resolve(&absolute, 0);
                if !is_related(module, &target) {
                    edges.entry(module.clone()).or_default().insert(target);
                }
            }
        }
        edges
    }
}

/// A path as segments from the crate root, for paths that start at `crate`, `super`, `self` or
/// a child module of `module` (`pub use lang::Language` at the root); others name other crates
/// or local items.
fn absolute(module: &str, path: &[String], known: &BTreeSet<String>) -> Option<Vec<String>> {
    let here: Vec<String> = if module.is_empty() { Vec::new() } else { module.split("::").map(str::to_string).collect() };
    let mut segments = path.iter();
    let mut base = match segments.as_slice().first().map(String::as_str) {
        Some("crate") => {
            segments.next();
            Vec::new()
        }
        Some("self") => {
            segments.next();
            here
        }
        Some("super") => here,
        Some(first) if known.contains(&[module, first].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join("::")) => here,
        _ => return None,
    };
    let mut rest: Vec<String> = segments.cloned().collect();
    while rest.first().is_some_and(|s| s == "super") {
        rest.remove(0);
        base.pop();
    }
    base.extend(rest);
    Some(base)
}

fn is_related(a: &str, b: &str) -> bool {
    let within = |inner: &str, outer: &str| outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}::"));
    within(a, b) || within(b, a)
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

/// The rules among the modules: files of `rules/` that declare their `ID`.
fn rules(modules: &BTreeMap<String, Module>) -> BTreeSet<String> {
    modules
        .iter()
        .filter(|(module, _)| module.starts_with("rules::"))
        .filter(|(_, source)| {
            source
                .file
                .items
                .iter()
                .any(|item| matches!(item, syn::Item::Const(c) if c.ident == "ID" && !matches!(c.vis, syn::Visibility::Inherited)))
        })
        .map(|(module, _)| module.clone())
        .collect()
}

/// Each rule that names another rule, with the one it names.
fn rules_naming_rules(modules: &BTreeMap<String, Module>, edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<(String, String)> {
    let rules = rules(modules);
    let mut found = Vec::new();
    for rule in &rules {
        for target in edges.get(rule).into_iter().flatten() {
            if let Some(other) =
                rules.iter().find(|other| *other != rule && (target == *other || target.starts_with(&format!("{other}::"))))
            {
                found.push((rule.clone(), other.clone()));
            }
        }
    }
    found
}

fn crate_modules(krate: &str) -> BTreeMap<String, Module> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    modules(&root.join("crates").join(krate).join("src"))
}

#[test]
fn the_engine_and_the_checker_have_no_module_cycles() {
    for krate in ["sunting-engine", "sunting-check"] {
        let modules = crate_modules(krate);
        assert!(modules.len() > 10, "{krate}: {:?}", modules.keys());
        let edges = Graph::new(&modules).edges(&modules);
        assert!(edges.values().map(BTreeSet::len).sum::<usize>() > 5, "{krate}: too few edges found: {edges:?}");
        assert_eq!(find_cycle(&edges), None, "{krate} has a module cycle");
    }
}

#[test]
fn no_rule_names_another_rule() {
    let modules = crate_modules("sunting-check");
    let rules = rules(&modules);
    assert!(rules.len() > 30 && rules.contains("rules::spelling") && !rules.contains("rules::precedence"), "{rules:?}");
    let edges = Graph::new(&modules).edges(&modules);
    assert_eq!(rules_naming_rules(&modules, &edges), [], "rules share helpers, never each other");
}

fn fixture(files: &[(&str, &str)]) -> BTreeMap<String, Module> {
    files.iter().map(|(module, text)| (module.to_string(), parse(text).unwrap())).collect()
}

#[test]
fn a_cycle_is_found_through_paths_in_code() {
    let modules = fixture(&[
        ("", "mod lang; mod lexicon; mod rules;"),
        ("lang", "pub fn x() {}"),
        ("lexicon", ""),
        ("rules", "pub trait Check {} pub struct Rule;"),
        ("rules::a", "use super::{Check, Rule}; fn f() { super::b::helper(); }"),
        ("rules::b", "pub fn helper() { super::super::lang::x(); super::a::other(); }"),
    ]);
    let edges = Graph::new(&modules).edges(&modules);
    assert!(!edges["rules::a"].contains("rules"), "using a parent is no edge");
    assert_eq!(find_cycle(&edges).unwrap(), ["rules::a", "rules::b", "rules::a"]);
}

#[test]
fn a_cycle_is_found_through_grouped_imports_and_reexports() {
    // lang → lexicon through a grouped import; lexicon → lang through the root's re-export.
    let modules = fixture(&[
        ("", "mod lang; mod lexicon; pub use lang::Language;"),
        ("lang", "use crate::{lexicon::{Lexicon as L}, token};\npub enum Language {}"),
        ("lexicon", "use crate::Language;\npub struct Lexicon;"),
        ("token", ""),
    ]);
    let edges = Graph::new(&modules).edges(&modules);
    assert!(edges["lexicon"].contains("lang"), "{edges:?}");
    assert_eq!(find_cycle(&edges).unwrap(), ["lang", "lexicon", "lang"]);
    // Test code is not a dependency.
    let modules = fixture(&[
        ("", "mod lang; mod lexicon;"),
        ("lang", "use crate::lexicon::Lexicon;"),
        ("lexicon", "#[cfg(test)]\nmod tests { use crate::lang; }\n#[cfg(test)]\nuse crate::lang::X;"),
    ]);
    assert_eq!(find_cycle(&Graph::new(&modules).edges(&modules)), None);
}

#[test]
fn a_rule_naming_another_is_found() {
    let modules = fixture(&[
        ("", "mod rules;"),
        ("rules", "mod a; mod b; mod shared;"),
        ("rules::a", "pub const ID: &str = \"a\";\nuse super::shared::helper;"),
        ("rules::b", "pub const ID: &str = \"b\";\nfn f() { super::a::ID.len(); }"),
        ("rules::shared", "pub fn helper() {}"),
    ]);
    let edges = Graph::new(&modules).edges(&modules);
    assert_eq!(rules_naming_rules(&modules, &edges), [("rules::b".to_string(), "rules::a".to_string())]);
}
