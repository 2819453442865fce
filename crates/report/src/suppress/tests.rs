//! Suppression on crafted tables, and properties checked on many random
//! ones by independent means (exact rank computation, and an attacker who
//! enumerates every table consistent with what is published).

use std::collections::{BTreeMap, BTreeSet};

use super::*;

const T5: Threshold = Threshold::DEFAULT;

/// A two-dimensional table with row totals, column totals and a grand total.
fn grid(table: &mut Table, rows: &[&[u64]]) -> Cube {
    let shape = [rows.len(), rows[0].len()];
    table.cube(&shape, |i| rows[i[0]][i[1]])
}

/// The published grid, row by row (`<5`, `s` or the count), totals last.
fn shown(s: &Suppression, cube: &Cube) -> Vec<Vec<String>> {
    let [r, c] = cube.shape() else {
        panic!("two dimensions")
    };
    (0..=*r)
        .map(|i| {
            (0..=*c)
                .map(|j| match s.figure(cube.cell(&[i, j])) {
                    Figure::Count(n) => n.to_string(),
                    Figure::Small { below } => format!("<{below}"),
                    Figure::Masked => "s".into(),
                })
                .collect()
        })
        .collect()
}

fn rows(text: &[&str]) -> Vec<Vec<String>> {
    text.iter()
        .map(|r| r.split_whitespace().map(String::from).collect())
        .collect()
}

#[test]
fn threshold_is_five_unless_lowered_on_purpose() {
    assert_eq!(Threshold::default().get(), 5);
    assert_eq!(Threshold::new(0, true), Err(ThresholdError::Zero));
    assert_eq!(
        Threshold::new(3, false),
        Err(ThresholdError::BelowDefault(3))
    );
    assert_eq!(Threshold::new(3, true).unwrap().get(), 3);
    assert!(Threshold::new(3, true).unwrap().is_below_default());
    assert_eq!(Threshold::new(5, false).unwrap().get(), 5);
    assert_eq!(Threshold::new(11, false).unwrap().get(), 11);
    assert!(
        ThresholdError::BelowDefault(3)
            .to_string()
            .contains("--allow-threshold-below-5")
    );
}

#[test]
fn primary_hides_one_to_four_and_shows_zero() {
    let mut table = Table::new();
    let cells: Vec<Cell> = [0, 1, 2, 4, 5, 6, 100]
        .iter()
        .map(|&v| table.cell(v))
        .collect();
    let s = suppress(&table, T5);
    let figures: Vec<Figure> = cells.iter().map(|&c| s.figure(c)).collect();
    use Figure::*;
    assert_eq!(
        figures,
        [
            Count(0),
            Small { below: 5 },
            Small { below: 5 },
            Small { below: 5 },
            Count(5),
            Count(6),
            Count(100)
        ]
    );
}

#[test]
fn a_higher_threshold_hides_more() {
    let mut table = Table::new();
    let seven = table.cell(7);
    let s = suppress(&table, Threshold::new(10, false).unwrap());
    assert_eq!(s.figure(seven), Figure::Small { below: 10 });
}

#[test]
fn one_small_cell_in_a_row_takes_the_next_smallest_with_it() {
    let mut table = Table::new();
    let parts: Vec<Cell> = [3, 20, 7, 0, 9].iter().map(|&v| table.cell(v)).collect();
    let total = table.sum(&parts);
    let s = suppress(&table, T5);
    let status: Vec<Status> = parts.iter().map(|&c| s.status(c)).collect();
    use Status::*;
    assert_eq!(status, [Small, Shown, Masked, Shown, Shown]);
    assert_eq!(s.figure(total), Figure::Count(39));
}

#[test]
fn a_hidden_cell_that_would_pin_the_small_one_is_not_enough() {
    // 1 and 5 make 6: the 5, hidden, is at least 5, so the 1 would be at
    // most 1. The next part must go too.
    let mut table = Table::new();
    let parts: Vec<Cell> = [1, 5, 8].iter().map(|&v| table.cell(v)).collect();
    let total = table.sum(&parts);
    let s = suppress(&table, T5);
    assert_eq!(s.status(parts[1]), Status::Masked);
    assert_eq!(s.status(parts[2]), Status::Masked);
    assert_eq!(s.status(total), Status::Shown);

    // With nothing else on the line, the total goes.
    let mut table = Table::new();
    let parts: Vec<Cell> = [1, 5].iter().map(|&v| table.cell(v)).collect();
    let total = table.sum(&parts);
    let s = suppress(&table, T5);
    assert_eq!(s.status(total), Status::Masked);
}

#[test]
fn two_fours_do_not_hide_each_other_under_a_total_of_eight() {
    // Both are below 5 and add up to 8: both must be 4.
    let mut table = Table::new();
    let parts: Vec<Cell> = [4, 4].iter().map(|&v| table.cell(v)).collect();
    let total = table.sum(&parts);
    let s = suppress(&table, T5);
    assert_eq!(s.status(total), Status::Masked);
    // 2 and 3 under a total of 5 are fine: 1 + 4 and 4 + 1 also fit.
    let mut table = Table::new();
    let parts: Vec<Cell> = [2, 3].iter().map(|&v| table.cell(v)).collect();
    let total = table.sum(&parts);
    let s = suppress(&table, T5);
    assert_eq!(s.status(total), Status::Shown);
}

#[test]
fn grid_with_one_small_cell_hides_a_rectangle() {
    let mut table = Table::new();
    let cube = grid(&mut table, &[&[2, 10, 30], &[12, 15, 40], &[20, 25, 50]]);
    let s = suppress(&table, T5);
    assert_eq!(
        shown(&s, &cube),
        rows(&["<5 s 30 42", "s s 40 67", "20 25 50 95", "34 50 120 204"])
    );
}

#[test]
fn secondary_suppression_needs_several_passes() {
    // Zeros leave one candidate on each line: the small cell's row takes
    // the 6, the 6's column the 7, the 7's row the 8, and so on around a
    // cycle of six cells, over several passes. Totals stay visible.
    let mut table = Table::new();
    let cube = grid(&mut table, &[&[1, 6, 0], &[0, 7, 8], &[9, 0, 10]]);
    let s = suppress(&table, T5);
    assert_eq!(
        shown(&s, &cube),
        rows(&["<5 s 0 7", "0 s s 15", "s 0 s 19", "10 13 18 41"])
    );
    assert_safe(&table, &s);
}

#[test]
fn a_hidden_total_is_protected_along_its_own_margin() {
    // The only small cell is alone in its row and column with zeros: its
    // row total and column total are small too, and the grand total must
    // not let the margins be recomputed.
    let mut table = Table::new();
    let cube = grid(&mut table, &[&[3, 0], &[0, 0]]);
    let s = suppress(&table, T5);
    assert_eq!(shown(&s, &cube), rows(&["<5 0 <5", "0 0 0", "<5 0 <5"]));
    assert_safe(&table, &s);
}

#[test]
fn audit_finds_a_cell_bridging_two_rectangles() {
    // Two rectangles of small cells, joined by one small cell in (1, 2):
    // every row and column has two hidden cells or more, yet adding rows
    // 0 and 1 and subtracting columns 0 and 1 leaves the bridge alone.
    let values: [&[u64]; 4] = [
        &[2, 3, 50, 60],
        &[4, 1, 2, 70],
        &[55, 65, 3, 4],
        &[75, 80, 1, 2],
    ];
    let mut table = Table::new();
    let cube = grid(&mut table, &values);
    let mut state = State {
        table: &table,
        t: 5,
        status: (0..table.len())
            .map(|c| {
                let v = table.value(c);
                if v > 0 && v < 5 {
                    Status::Small
                } else {
                    Status::Shown
                }
            })
            .collect(),
        lines_of: lines_of(&table),
        audits: HashMap::new(),
    };
    assert!(
        (0..table.lines().len()).all(|l| state.hidden_in(l) != 1),
        "no single line gives the bridge away"
    );
    assert_eq!(state.pinned_across_lines(false), vec![cube.cell(&[1, 2])]);

    let s = suppress(&table, T5);
    assert!(s.hidden_counts().1 > 0, "more cells were hidden");
    assert_safe(&table, &s);
}

#[test]
fn three_dimensional_table_is_protected_in_every_direction() {
    // Organisations × partners × confidence levels, as in a report.
    let links = [[[11, 1, 0], [1, 1, 0]], [[1, 0, 0], [8, 1, 0]]];
    let mut table = Table::new();
    let cube = table.cube(&[2, 2, 3], |i| links[i[0]][i[1]][i[2]]);
    assert_eq!(table.value(cube.cell(&[2, 2, 3])), 24);
    assert_eq!(table.value(cube.cell(&[0, 2, 3])), 14);
    assert_eq!(table.value(cube.cell(&[2, 2, 0])), 21);
    let s = suppress(&table, T5);
    assert_safe(&table, &s);
    // The whole-campaign total is large and need not be hidden.
    assert_eq!(s.figure(cube.cell(&[2, 2, 3])), Figure::Count(24));
}

#[test]
fn two_lines_and_the_bounds_together_can_pin_a_cell() {
    // Found by the attacker test below. Columns 1 and 2 sum to 17 and row 2
    // shows that their lower cells make 11: so the small 1 and the masked 5
    // above them make 6, and a masked cell is at least 5.
    let values: [&[u64]; 3] = [&[6, 1, 5], &[2, 0, 0], &[9, 9, 2]];
    let mut table = Table::new();
    let cube = grid(&mut table, &values);
    let s = suppress(&table, T5);
    assert_safe(&table, &s);
    let values: Vec<Vec<u64>> = values.iter().map(|r| r.to_vec()).collect();
    for (cell, seen) in feasible_values(&values, &table, &cube, &s) {
        assert!(seen.len() >= 2, "cell {cell} pinned to {seen:?}");
    }
    assert!(s.unprotectable().is_empty());
}

#[test]
fn four_small_parts_under_a_small_total_cannot_be_protected() {
    // Four non-zero parts below 5 adding up to less than 5 are 1 each,
    // whatever else is hidden: they are reported as such.
    let values: [&[u64]; 4] = [&[1, 5], &[1, 0], &[1, 7], &[1, 2]];
    let mut table = Table::new();
    let cube = grid(&mut table, &values);
    let s = suppress(&table, T5);
    let column: Vec<Cell> = (0..=4).map(|i| cube.cell(&[i, 0])).collect();
    for c in &column[..4] {
        assert!(s.unprotectable().contains(c), "{c} listed");
    }
    assert_safe(&table, &s);
}

#[test]
fn nothing_small_hides_nothing() {
    let mut table = Table::new();
    let cube = grid(&mut table, &[&[0, 10], &[5, 0]]);
    let s = suppress(&table, T5);
    assert_eq!(s.hidden_counts(), (0, 0));
    assert_eq!(shown(&s, &cube), rows(&["0 10 10", "5 0 5", "5 10 15"]));
}

#[test]
#[should_panic(expected = "not the sum")]
fn a_line_that_does_not_add_up_is_a_bug() {
    let mut table = Table::new();
    let a = table.cell(1);
    let b = table.cell(2);
    let total = table.cell(4);
    table.line(total, &[a, b]);
}

// ---------------------------------------------------------------- properties

/// A small deterministic generator (xorshift), so that failures reproduce.
struct Rng(u64);

/// How many random cases a property test tries: `CROISE_PROPERTY_CASES`
/// times `base / 100` (100 by default), for a longer run by hand.
fn cases(base: usize) -> usize {
    let scale: usize = std::env::var("CROISE_PROPERTY_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    base * scale / 100
}

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Counts as found in reports: many zeros and small counts, some large.
    fn count(&mut self) -> u64 {
        match self.below(10) {
            0..=2 => 0,
            3..=6 => 1 + self.below(4),
            7 | 8 => 5 + self.below(8),
            _ => 10 + self.below(40),
        }
    }
}

/// Every property a published table must have; panics with the table if
/// one fails.
fn assert_safe(table: &Table, s: &Suppression) {
    let t = s.threshold().get();
    for c in 0..table.len() {
        let v = table.value(c);
        match s.status(c) {
            Status::Small => assert!(v > 0 && v < t, "cell {c} = {v} marked small"),
            Status::Masked => assert!(v >= t, "cell {c} = {v} masked but not large"),
            Status::Shown => assert!(v == 0 || v >= t, "cell {c} = {v} shown"),
        }
    }
    // No hidden cell is the total minus the visible parts, or the sum of
    // the parts: every line has no hidden cell or at least two.
    for (l, line) in table.lines().iter().enumerate() {
        let hidden = line
            .members()
            .filter(|(c, _)| s.status(*c).is_hidden())
            .count();
        assert_ne!(hidden, 1, "line {l} {line:?} gives its hidden cell away");
    }
    // No hidden cell is determined by any combination of lines: checked by
    // ranks, independently of the elimination in the module.
    let hidden: Vec<Cell> = (0..table.len())
        .filter(|&c| s.status(c).is_hidden())
        .collect();
    let matrix: Vec<Vec<i128>> = table
        .lines()
        .iter()
        .map(|line| {
            let mut row = vec![0; hidden.len()];
            for (c, coef) in line.members() {
                if let Ok(i) = hidden.binary_search(&c) {
                    row[i] += coef;
                }
            }
            row
        })
        .collect();
    let full = rank(&matrix);
    for (i, &cell) in hidden.iter().enumerate() {
        let without: Vec<Vec<i128>> = matrix
            .iter()
            .map(|r| {
                r.iter()
                    .enumerate()
                    .filter(|(k, _)| *k != i)
                    .map(|(_, v)| *v)
                    .collect()
            })
            .collect();
        assert_eq!(
            rank(&without),
            full,
            "hidden cell {cell} is determined by a combination of lines"
        );
    }
}

/// Rank over the rationals, by elimination with exact fractions.
fn rank(matrix: &[Vec<i128>]) -> usize {
    #[derive(Clone, Copy)]
    struct Q(i128, i128);
    fn norm(q: Q) -> Q {
        let g = gcd(q.0.abs(), q.1.abs()).max(1);
        let s = if q.1 < 0 { -1 } else { 1 };
        Q(s * q.0 / g, s * q.1 / g)
    }
    let mut m: Vec<Vec<Q>> = matrix
        .iter()
        .map(|r| r.iter().map(|&v| Q(v, 1)).collect())
        .collect();
    let cols = m.first().map_or(0, Vec::len);
    let mut rank = 0;
    for col in 0..cols {
        let Some(p) = (rank..m.len()).find(|&r| m[r][col].0 != 0) else {
            continue;
        };
        m.swap(rank, p);
        for r in rank + 1..m.len() {
            if m[r][col].0 == 0 {
                continue;
            }
            // factor = m[r][col] / m[rank][col]
            let (a, b) = (m[r][col], m[rank][col]);
            let f = norm(Q(a.0 * b.1, a.1 * b.0));
            let pivot_row = m[rank].clone();
            for (x, y) in m[r].iter_mut().zip(pivot_row) {
                let fy = norm(Q(f.0 * y.0, f.1 * y.1));
                *x = norm(Q(x.0 * fy.1 - fy.0 * x.1, x.1 * fy.1));
            }
        }
        rank += 1;
    }
    rank
}

#[test]
fn random_grids_are_safe() {
    let mut rng = Rng(0x5eed_0001);
    for _ in 0..cases(400) {
        let (r, c) = (1 + rng.below(5) as usize, 1 + rng.below(6) as usize);
        let values: Vec<Vec<u64>> = (0..r)
            .map(|_| (0..c).map(|_| rng.count()).collect())
            .collect();
        let mut table = Table::new();
        table.cube(&[r, c], |i| values[i[0]][i[1]]);
        let s = suppress(&table, T5);
        assert_safe(&table, &s);
    }
}

#[test]
fn random_cubes_are_safe() {
    let mut rng = Rng(0x5eed_0002);
    for _ in 0..cases(150) {
        let shape = [1 + rng.below(4) as usize, 1 + rng.below(4) as usize, 3];
        let values: Vec<u64> = (0..shape.iter().product::<usize>())
            .map(|_| rng.count())
            .collect();
        let mut table = Table::new();
        table.cube(&shape, |i| {
            values[(i[0] * shape[1] + i[1]) * shape[2] + i[2]]
        });
        let s = suppress(&table, Threshold::new(5 + rng.below(3), false).unwrap());
        assert_safe(&table, &s);
    }
}

/// An attacker who knows the published grid and tries every interior
/// completion: what values can each hidden cell take?
fn feasible_values(
    values: &[Vec<u64>],
    table: &Table,
    cube: &Cube,
    s: &Suppression,
) -> Vec<(Cell, BTreeSet<u64>)> {
    let (r, c) = (values.len(), values[0].len());
    let grand = table.value(cube.cell(&[r, c]));
    let mut attacker = Attacker {
        table,
        cube,
        s,
        t: s.threshold().get(),
        // Masked interior cells are tried up to a generous bound: capping
        // only weakens the attacker, so a cell found with two possible
        // values truly has two.
        cap: grand + 2 * s.threshold().get(),
        grid: vec![vec![0; c]; r],
        found: BTreeMap::new(),
    };
    attacker.search(0);
    attacker.found.into_iter().collect()
}

struct Attacker<'a> {
    table: &'a Table,
    cube: &'a Cube,
    s: &'a Suppression,
    t: u64,
    cap: u64,
    grid: Vec<Vec<u64>>,
    found: BTreeMap<Cell, BTreeSet<u64>>,
}

impl Attacker<'_> {
    /// Whether `v` fits what is published for `cell`.
    fn fits(&self, cell: Cell, v: u64) -> bool {
        match self.s.status(cell) {
            Status::Shown => v == self.table.value(cell),
            Status::Small => v > 0 && v < self.t,
            Status::Masked => v >= self.t,
        }
    }

    /// Tries every value of interior cell `k` (row-major) and beyond.
    fn search(&mut self, k: usize) {
        let (r, c) = (self.grid.len(), self.grid[0].len());
        if k == r * c {
            self.record();
            return;
        }
        let (i, j) = (k / c, k % c);
        let cell = self.cube.cell(&[i, j]);
        let candidates: Vec<u64> = match self.s.status(cell) {
            Status::Shown => vec![self.table.value(cell)],
            Status::Small => (1..self.t).collect(),
            Status::Masked => (self.t..=self.cap).collect(),
        };
        let row_total = self.cube.cell(&[i, c]);
        for v in candidates {
            self.grid[i][j] = v;
            let so_far: u64 = self.grid[i][..=j].iter().sum();
            if j == c - 1 {
                if !self.fits(row_total, so_far) {
                    continue;
                }
            } else if self.s.status(row_total) == Status::Shown
                && so_far > self.table.value(row_total)
            {
                break;
            }
            self.search(k + 1);
        }
    }

    /// A complete interior: keeps it if its margins fit what is published.
    fn record(&mut self) {
        let (r, c) = (self.grid.len(), self.grid[0].len());
        let mut seen = Vec::new();
        for i in 0..=r {
            for j in 0..=c {
                let v: u64 = (0..r)
                    .filter(|&a| i == r || a == i)
                    .flat_map(|a| {
                        (0..c)
                            .filter(move |&b| j == c || b == j)
                            .map(move |b| (a, b))
                    })
                    .map(|(a, b)| self.grid[a][b])
                    .sum();
                let cell = self.cube.cell(&[i, j]);
                if !self.fits(cell, v) {
                    return;
                }
                if self.s.status(cell).is_hidden() {
                    seen.push((cell, v));
                }
            }
        }
        for (cell, v) in seen {
            self.found.entry(cell).or_default().insert(v);
        }
    }
}

#[test]
fn an_attacker_trying_every_table_never_pins_a_hidden_cell() {
    let mut rng = Rng(0x5eed_0003);
    let mut checked = 0;
    while checked < cases(150) {
        // Four rows only in long runs: the search grows fast.
        let rows = if cases(100) > 100 { 3 } else { 2 };
        let (r, c) = (2 + rng.below(rows) as usize, 2 + rng.below(2) as usize);
        // Small values keep the search short.
        let values: Vec<Vec<u64>> = (0..r)
            .map(|_| {
                (0..c)
                    .map(|_| match rng.below(6) {
                        0 => 0,
                        1..=3 => 1 + rng.below(4),
                        _ => 5 + rng.below(5),
                    })
                    .collect()
            })
            .collect();
        let mut table = Table::new();
        let cube = table.cube(&[r, c], |i| values[i[0]][i[1]]);
        let s = suppress(&table, T5);
        let hidden_interior = (0..r)
            .flat_map(|i| (0..c).map(move |j| (i, j)))
            .filter(|&(i, j)| s.status(cube.cell(&[i, j])) == Status::Masked)
            .count();
        if hidden_interior > 5 {
            continue; // too long to enumerate
        }
        checked += 1;
        for (cell, seen) in feasible_values(&values, &table, &cube, &s) {
            assert!(
                seen.len() >= 2 || s.unprotectable().contains(&cell),
                "cell {cell} pinned to {seen:?} in {values:?}: published {:?}",
                shown(&s, &cube)
            );
        }
    }
}

/// How much a region's link table loses, and how long it takes: run by
/// hand with `cargo test --release -- --ignored --nocapture regional`;
/// `CROISE_REGION=STEMO,MISSIONS_LOCALES,TABLES` (default 10,43,20) for
/// another shape.
#[test]
#[ignore]
fn masking_on_regional_tables() {
    let shape: Vec<usize> = std::env::var("CROISE_REGION")
        .unwrap_or_else(|_| "10,43,20".into())
        .split(',')
        .map(|v| v.parse().unwrap())
        .collect();
    let (nj, nm, tables) = (shape[0], shape[1], shape[2]);
    let mut rng = Rng(0x5eed_0010);
    let (mut cells, mut value, mut n, mut small, mut unprotectable) = (0, 0u64, 0, 0, 0);
    let start = std::time::Instant::now();
    for _ in 0..tables {
        // Each STEMO works mostly with the few Missions Locales near it.
        let values: Vec<u64> = (0..nj * nm * 3)
            .map(|flat| {
                let (j, m, c) = (flat / (nm * 3), (flat / 3) % nm, flat % 3);
                let near = m * nj / nm == j || (m * nj / nm + 1 == j && m % 4 == 0);
                let base = if near {
                    5 + rng.below(30)
                } else if rng.below(12) == 0 {
                    1 + rng.below(3)
                } else {
                    0
                };
                match c {
                    0 => base,
                    1 => base / 8 + u64::from(near && rng.below(3) == 0),
                    _ => u64::from(near && rng.below(4) == 0),
                }
            })
            .collect();
        let mut table = Table::new();
        table.cube(&[nj, nm, 3], |i| values[(i[0] * nm + i[1]) * 3 + i[2]]);
        let s = suppress(&table, T5);
        let (sm, m) = s.hidden_counts();
        cells += m;
        small += sm;
        unprotectable += s.unprotectable().len();
        value += (0..table.len())
            .filter(|&c| s.status(c) == Status::Masked)
            .map(|c| table.value(c))
            .sum::<u64>();
        n += table.len();
    }
    eprintln!(
        "{tables} tables {nj}×{nm}×3: {small} small, {cells} masked (value {value}) of {n} cells, \
         {unprotectable} unprotectable, {:?} per table",
        start.elapsed() / tables as u32
    );
}
