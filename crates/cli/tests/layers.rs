//! The architecture holds: no dependency cycle between the top-level modules
//! of any library crate of the workspace (ARCHITECTURE.md).
//!
//! A module `a` depends on `b` when a file of `a` names `crate::b` (in a
//! `use` or a path, grouped imports included). Comments are skipped. A cycle
//! fails the test with the modules that form it, so that a new edge that
//! ties two layers together is found where it is written, not months later.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn workspace_crates() -> Vec<PathBuf> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found: Vec<PathBuf> = fs::read_dir(&crates)
        .expect("crates folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("src/lib.rs").is_file())
        .collect();
    found.sort();
    found
}

/// The top-level modules of a crate: `src/x.rs` and `src/x/`.
fn top_modules(src: &Path) -> BTreeSet<String> {
    fs::read_dir(src)
        .expect("src folder")
        .map(|e| e.expect("entry").path())
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_string();
            let module = p.is_dir() || p.extension().is_some_and(|e| e == "rs");
            (module && stem != "lib" && stem != "main").then_some(stem)
        })
        .collect()
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).expect("folder") {
            rust_files(&entry.expect("entry").path(), out);
        }
    } else if path.is_file() && path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// The code of a file without its comments (line comments and doc
/// comments; block comments are not used in this workspace).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The top-level names a file refers to through `crate::`, or through
/// `super::` repeated `depth` times (the crate root seen from a file
/// `depth` modules deep).
fn crate_references(code: &str, depth: usize) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let up = "super::".repeat(depth);
    let prefixes = ["crate::", up.as_str()];
    for prefix in prefixes {
        for (at, _) in code.match_indices(prefix) {
            let before = &code[..at];
            if prefix != "crate::" && before.ends_with("super::") {
                continue;
            }
            let rest = code[at + prefix.len()..].trim_start();
            if prefix != "crate::" && rest.starts_with("super::") {
                continue;
            }
            names.append(&mut references_after(rest));
        }
    }
    names
}

/// The names at the start of a path's rest: `a::…` or `{a, b::c, …}`.
fn references_after(rest: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    {
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a, b::c, d::{e, f}}`: the first name of each item
            // at depth one.
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && (c.is_ascii_alphabetic() || c == '_') && depth == 0 => {
                        names.insert(ident(&group[i..]).to_string());
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            names.insert(ident(rest).to_string());
        }
    }
    names
}

/// How many modules deep a file is: `src/a.rs` and `src/a/mod.rs` are 1,
/// `src/a/b.rs` is 2.
fn depth_of(src: &Path, file: &Path) -> usize {
    let relative = file.strip_prefix(src).expect("file under src");
    let parts = relative.components().count();
    if file.file_name().is_some_and(|n| n == "mod.rs") {
        parts - 1
    } else {
        parts
    }
}

fn edges(crate_dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let src = crate_dir.join("src");
    let modules = top_modules(&src);
    let mut graph = BTreeMap::new();
    for module in &modules {
        let mut files = Vec::new();
        rust_files(&src.join(format!("{module}.rs")), &mut files);
        rust_files(&src.join(module), &mut files);
        let mut uses = BTreeSet::new();
        for file in files {
            let code = code_of(&fs::read_to_string(&file).expect("source file"));
            uses.extend(
                crate_references(&code, depth_of(&src, &file))
                    .into_iter()
                    .filter(|name| name != module && modules.contains(name)),
            );
        }
        graph.insert(module.clone(), uses);
    }
    graph
}

/// A cycle of the graph, if any, as the list of modules along it.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let from = path.iter().position(|n| n == node).expect("on path");
                let mut cycle = path[from..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(node.to_string(), Mark::Open);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, marks, path) {
                return Some(cycle);
            }
        }
        path.pop();
        marks.insert(node.to_string(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut marks, &mut Vec::new()))
}

#[test]
fn no_library_crate_has_a_cycle_between_its_top_level_modules() {
    let crates = workspace_crates();
    assert!(crates.len() >= 4, "library crates not found: {crates:?}");
    let mut cycles = Vec::new();
    for dir in &crates {
        if let Some(cycle) = find_cycle(&edges(dir)) {
            cycles.push(format!("{}: {}", dir.display(), cycle.join(" -> ")));
        }
    }
    assert!(
        cycles.is_empty(),
        "dependency cycles between top-level modules:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_checker_sees_grouped_imports_and_finds_a_cycle() {
    let refs = crate_references(
        "use crate::{a, b::{c, d}, e::F};\nlet x = crate::g::h();\nuse super::i::J;",
        1,
    );
    assert_eq!(
        refs.into_iter().collect::<Vec<_>>(),
        ["a", "b", "e", "g", "i"].map(String::from)
    );
    let deeper = crate_references("use super::k;\nuse super::super::m::N;", 2);
    assert_eq!(
        deeper.into_iter().collect::<Vec<_>>(),
        ["m"].map(String::from)
    );
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        find_cycle(&graph),
        Some(["a", "b", "c", "a"].map(String::from).to_vec())
    );
    let mut acyclic = graph.clone();
    acyclic.insert("c".into(), BTreeSet::new());
    assert_eq!(find_cycle(&acyclic), None);
}

/// Prints each library crate's module graph (`cargo test --test layers --
/// --nocapture --ignored`), for ARCHITECTURE.md.
#[test]
#[ignore]
fn print_the_module_graph() {
    for dir in workspace_crates() {
        println!("{}", dir.display());
        for (module, uses) in edges(&dir) {
            println!(
                "  {module} -> {}",
                uses.into_iter().collect::<Vec<_>>().join(", ")
            );
        }
    }
}
