//! Small-count suppression ("secret statistique") for linked tables of
//! counts: what official statistics do before publishing figures about few
//! people, here so that no committee member can single out the one or two
//! young people behind a figure.
//!
//! A [`Table`] is a set of cells (counts) and of *lines*: each line says
//! that one cell, its total, is the sum of other cells, its parts — a row
//! with its margin, a column with its margin, a margin with the grand total.
//! A figure printed in several tables of a report is one cell here, so one
//! suppression pattern serves every table it appears in.
//!
//! # The algorithm
//!
//! With a threshold `t` (5 by default, see [`Threshold`]):
//!
//! 1. **Primary suppression.** Every count from 1 to `t − 1` is *small*:
//!    shown as `<t`. Zero is shown: it says that there is nobody.
//! 2. **Secondary suppression along lines, to a fixed point.** A line with
//!    exactly one hidden cell gives it away (the total minus the visible
//!    parts, or the sum of the parts), so it gets a second one: a visible
//!    non-zero part, or its total when no part is left. Among the
//!    candidates, the one that leaves the fewest lines with a lone hidden
//!    cell (lines it opens minus lines it closes), then the smallest, then
//!    the first built. Repeated until no line has a lone hidden cell.
//!
//!    Taking simply the smallest cell, line after line, starts cascades: on
//!    random three-dimensional tables shaped like a region's (10 STEMO ×
//!    43 Missions Locales × 3 confidence levels) it masked 11 % more cells,
//!    and more people, than preferring the cell that closes a second line.
//! 3. **Bounds.** A reader knows more than the visible figures: a small
//!    cell is from 1 to `t − 1`, and any other hidden cell is at least `t`
//!    (it is never 0, and below `t` it would be small). With parts `1` and
//!    `5` under a visible total `6`, hiding the `5` is not enough: it is at
//!    least 5, so the `1` is at most 1. The reader's ranges are narrowed
//!    line after line until nothing changes (bounds propagation); a hidden
//!    cell narrowed to a single value is *pinned*.
//! 4. **Combinations of lines.** Adding two rows and subtracting two columns
//!    can isolate a hidden cell that bridges two otherwise separate
//!    rectangles of hidden cells. Exact Gaussian elimination, per connected
//!    group of hidden cells, finds every hidden cell that the visible
//!    figures determine.
//! 5. **Combinations of lines with bounds.** Both together can still pin a
//!    cell that neither pins alone: two columns and a row may show that a
//!    small cell plus a masked one make 6, and the masked one is at least
//!    5. The exact test: the tables a reader finds possible form a convex
//!    set around the true one, so a hidden cell can take another value if
//!    and only if some direction keeps every line's sum and moves no cell
//!    already at an end of its range (a `1`, a `t − 1`, a masked `t`) out
//!    of it. Whether a direction moves the cell up, or down, is a small
//!    linear programme, solved exactly (simplex in fractions, Bland's rule).
//!
//! For a cell pinned (3, 5) or determined (4), one more cell is hidden: the
//! best candidate (as in 2) on its lines, or, if they have none left, on the
//! lines of the hidden cells next to it, and so on outwards. Then all starts
//! again from 2. It always ends: every round hides one more cell.
//!
//! One case no suppression can fix: hidden cells pinned by their labels
//! alone, when no visible count is left near them — four `<5` parts under a
//! `<5` total are 1 each. They are listed ([`Suppression::unprotectable`])
//! so that the user can be told: only grouping categories (organisations)
//! protects them.
//!
//! What it does not promise: the fewest hidden cells (an integer programme;
//! greedy choices are what is used in practice for tables of this size);
//! nor that no reader can narrow a hidden cell's range below what its label
//! says — only that none can pin it to one value. (Step 5 reasons over real
//! numbers; a reader who also uses that counts are whole numbers could in
//! theory pin a cell whose real range is narrower than 1. The tests let such
//! an attacker try every table consistent with what is published, on many
//! random small tables, and check that no hidden cell has one possible
//! value.)
//!
//! A total is hidden only when nothing else will do: totals are what the
//! committees read first.
//!
//! Cost (release build, random tables shaped like a region's, see the
//! ignored test `masking_on_regional_tables`): 10 STEMO × 43 Missions Locales
//! × 3 levels, about 50 ms; 30 × 120, about 4 s; 50 × 200, about 4 min. The
//! exact audits (4, 5) grow fast with the largest group of hidden cells:
//! this is for regional committees, not for one national table.
//!
//! This module is pure: it knows nothing of campaigns or files.

use std::collections::HashMap;
use std::fmt;

/// The smallest count shown as it is. Counts from 1 to `threshold − 1` are
/// hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold(u64);

/// Why a threshold was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ThresholdError {
    #[error(
        "the suppression threshold must be at least 1 (1 shows every count; 5 is the rule for official statistics)"
    )]
    Zero,
    #[error(
        "a suppression threshold of {0} would show counts from {0} to 4: below 5 needs --allow-threshold-below-5, and a reason you can give the data-protection officer"
    )]
    BelowDefault(u64),
}

impl Threshold {
    /// The usual rule: counts from 1 to 4 are shown as `<5`.
    pub const DEFAULT: Threshold = Threshold(5);

    /// A threshold of `value`. Below [`Threshold::DEFAULT`] only when
    /// `allow_below_default` is set: a lower threshold publishes smaller
    /// groups of people, which must be a deliberate decision.
    pub fn new(value: u64, allow_below_default: bool) -> Result<Self, ThresholdError> {
        if value == 0 {
            Err(ThresholdError::Zero)
        } else if value < Self::DEFAULT.0 && !allow_below_default {
            Err(ThresholdError::BelowDefault(value))
        } else {
            Ok(Threshold(value))
        }
    }

    pub fn get(self) -> u64 {
        self.0
    }

    /// Whether the threshold is below the usual rule.
    pub fn is_below_default(self) -> bool {
        self.0 < Self::DEFAULT.0
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl fmt::Display for Threshold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A cell of a [`Table`].
pub type Cell = usize;

/// A total and the parts it is the sum of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub total: Cell,
    pub parts: Vec<Cell>,
}

impl Line {
    /// Every cell of the line with its coefficient in the equation
    /// `Σ parts − total = 0`.
    fn members(&self) -> impl Iterator<Item = (Cell, i128)> + '_ {
        std::iter::once((self.total, -1)).chain(self.parts.iter().map(|&p| (p, 1)))
    }
}

/// Counts and the lines that tie them together.
#[derive(Debug, Clone, Default)]
pub struct Table {
    values: Vec<u64>,
    lines: Vec<Line>,
}

impl Table {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a count.
    pub fn cell(&mut self, value: u64) -> Cell {
        self.values.push(value);
        self.values.len() - 1
    }

    /// Adds a cell holding the sum of `parts`, and the line saying so.
    pub fn sum(&mut self, parts: &[Cell]) -> Cell {
        let total = self.cell(parts.iter().map(|&p| self.values[p]).sum());
        self.line(total, parts);
        total
    }

    /// States that `total` is the sum of `parts`.
    ///
    /// # Panics
    /// If it is not: a table whose lines do not add up is a bug in the
    /// caller, and suppression on it would protect nothing.
    pub fn line(&mut self, total: Cell, parts: &[Cell]) {
        let sum: u64 = parts.iter().map(|&p| self.values[p]).sum();
        assert_eq!(
            sum, self.values[total],
            "line total {total} is not the sum of its parts {parts:?}"
        );
        self.lines.push(Line {
            total,
            parts: parts.to_vec(),
        });
    }

    /// Adds an n-dimensional table of counts with every margin: `shape`
    /// gives the number of categories of each dimension, `value` the count
    /// of each combination of categories. Adds one line per margin cell and
    /// dimension, so that a figure is protected in every table it adds up in.
    pub fn cube(&mut self, shape: &[usize], value: impl Fn(&[usize]) -> u64) -> Cube {
        let mut cube = Cube {
            shape: shape.to_vec(),
            cells: Vec::new(),
        };
        let indices: Vec<Vec<usize>> = extended_indices(shape).collect();
        let mut values: Vec<u64> = indices
            .iter()
            .map(|i| {
                if i.iter().zip(shape).any(|(i, n)| i == n) {
                    0
                } else {
                    value(i)
                }
            })
            .collect();
        // Margins one dimension after the other: when dimension d is summed,
        // every cell that is a category on d and on later dimensions is known.
        for (d, &n) in shape.iter().enumerate() {
            for (flat, index) in indices.iter().enumerate() {
                if index[d] != n
                    || index[d + 1..]
                        .iter()
                        .zip(&shape[d + 1..])
                        .any(|(i, n)| i == n)
                {
                    continue;
                }
                let mut part = index.clone();
                values[flat] = (0..n)
                    .map(|k| {
                        part[d] = k;
                        values[cube.offset_unchecked(&part)]
                    })
                    .sum();
            }
        }
        cube.cells = values.iter().map(|&v| self.cell(v)).collect();
        for (d, &n) in shape.iter().enumerate() {
            for index in indices.iter().filter(|i| i[d] == n) {
                let mut part = index.clone();
                let parts: Vec<Cell> = (0..n)
                    .map(|k| {
                        part[d] = k;
                        cube.cell(&part)
                    })
                    .collect();
                self.line(cube.cell(index), &parts);
            }
        }
        cube
    }

    pub fn value(&self, cell: Cell) -> u64 {
        self.values[cell]
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn lines(&self) -> &[Line] {
        &self.lines
    }
}

/// The cells of an n-dimensional table with every margin, as built by
/// [`Table::cube`]: on dimension `d` of size `n`, indices `0..n` are the
/// categories and index `n` is their total.
#[derive(Debug, Clone)]
pub struct Cube {
    shape: Vec<usize>,
    cells: Vec<Cell>,
}

impl Cube {
    /// The cell at `index` (one index per dimension, the size meaning
    /// "total").
    pub fn cell(&self, index: &[usize]) -> Cell {
        self.cells[self.offset(index)]
    }

    /// The sizes of the dimensions (without the total).
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    fn offset(&self, index: &[usize]) -> usize {
        assert_eq!(index.len(), self.shape.len(), "one index per dimension");
        for (&i, &n) in index.iter().zip(&self.shape) {
            assert!(i <= n, "index {i} beyond the total {n}");
        }
        self.offset_unchecked(index)
    }

    fn offset_unchecked(&self, index: &[usize]) -> usize {
        index
            .iter()
            .zip(&self.shape)
            .fold(0, |acc, (&i, &n)| acc * (n + 1) + i)
    }
}

/// Every index of an extended shape (each dimension one longer, for its
/// total), in row-major order.
fn extended_indices(shape: &[usize]) -> impl Iterator<Item = Vec<usize>> + '_ {
    let count: usize = shape.iter().map(|n| n + 1).product();
    (0..count).map(move |mut flat| {
        let mut index = vec![0; shape.len()];
        for (d, n) in shape.iter().enumerate().rev() {
            index[d] = flat % (n + 1);
            flat /= n + 1;
        }
        index
    })
}

/// How a cell is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Shown as it is.
    Shown,
    /// A count from 1 to `threshold − 1`, shown as `<threshold`
    /// (primary suppression).
    Small,
    /// Hidden so that a small count cannot be recomputed (secondary
    /// suppression); always at least the threshold.
    Masked,
}

impl Status {
    pub fn is_hidden(self) -> bool {
        self != Status::Shown
    }
}

/// A published figure: a count, or what is shown in its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count(u64),
    /// From 1 to `below − 1`: shown as `<below`.
    Small {
        below: u64,
    },
    /// Hidden by secondary suppression.
    Masked,
}

impl Figure {
    /// The count, when it is shown.
    pub fn count(self) -> Option<u64> {
        match self {
            Figure::Count(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_hidden(self) -> bool {
        self.count().is_none()
    }
}

/// The outcome of suppression on a table: the status of every cell.
#[derive(Debug, Clone)]
pub struct Suppression {
    threshold: Threshold,
    status: Vec<Status>,
    values: Vec<u64>,
    unprotectable: Vec<Cell>,
}

impl Suppression {
    pub fn status(&self, cell: Cell) -> Status {
        self.status[cell]
    }

    /// What is published for `cell`.
    pub fn figure(&self, cell: Cell) -> Figure {
        match self.status[cell] {
            Status::Shown => Figure::Count(self.values[cell]),
            Status::Small => Figure::Small {
                below: self.threshold.get(),
            },
            Status::Masked => Figure::Masked,
        }
    }

    pub fn threshold(&self) -> Threshold {
        self.threshold
    }

    /// Hidden cells that a reader can still pin to one value from the
    /// labels alone, with no visible count left to hide around them: four
    /// `<5` parts under a `<5` total are 1 each. Only fewer categories
    /// protect them; tell the user.
    pub fn unprotectable(&self) -> &[Cell] {
        &self.unprotectable
    }

    /// How many cells are hidden, (small, masked).
    pub fn hidden_counts(&self) -> (usize, usize) {
        let small = self.status.iter().filter(|s| **s == Status::Small).count();
        let masked = self.status.iter().filter(|s| **s == Status::Masked).count();
        (small, masked)
    }
}

/// Suppresses the small counts of `table` and every cell needed to protect
/// them (see the module documentation).
pub fn suppress(table: &Table, threshold: Threshold) -> Suppression {
    let mut state = State {
        table,
        t: threshold.get(),
        status: table
            .values
            .iter()
            .map(|&v| {
                if v > 0 && v < threshold.get() {
                    Status::Small
                } else {
                    Status::Shown
                }
            })
            .collect(),
        lines_of: lines_of(table),
        audits: HashMap::new(),
    };
    let mut unprotectable = loop {
        state.lone_hidden_cells_to_fixed_point();
        // Cells a reader can pin, each a reason to hide one more cell near
        // it; the cheaper checks first, the exact one last. Pinned cells
        // with nothing left to hide near them are what no suppression can
        // protect.
        let mut stuck = Vec::new();
        let mut next = None;
        for check in 0..3 {
            let pinned = match check {
                0 => state.pinned_by_bounds(),
                1 => state.pinned_across_lines(false),
                _ => state.pinned_across_lines(true),
            };
            next = pinned.iter().find_map(|&cell| state.candidate_near(cell));
            if next.is_some() {
                break;
            }
            stuck.extend(pinned);
        }
        match next {
            Some(cell) => state.status[cell] = Status::Masked,
            None => break stuck,
        }
    };
    unprotectable.sort_unstable();
    unprotectable.dedup();
    Suppression {
        threshold,
        status: state.status,
        values: table.values.clone(),
        unprotectable,
    }
}

fn lines_of(table: &Table) -> Vec<Vec<usize>> {
    let mut lines_of = vec![Vec::new(); table.values.len()];
    for (l, line) in table.lines.iter().enumerate() {
        for (cell, _) in line.members() {
            if lines_of[cell].last() != Some(&l) {
                lines_of[cell].push(l);
            }
        }
    }
    lines_of
}

struct State<'a> {
    table: &'a Table,
    t: u64,
    status: Vec<Status>,
    lines_of: Vec<Vec<usize>>,
    /// Audits of groups of hidden cells already done, by the group's cells
    /// (which fix its lines and what is known of each cell) and whether the
    /// bounds were used: most groups do not change from one round to the
    /// next.
    audits: HashMap<(Vec<Cell>, bool), Vec<Cell>>,
}

/// A closed interval of integers; `None` is unbounded on that side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Interval {
    lo: Option<i128>,
    hi: Option<i128>,
}

impl Interval {
    fn point(v: i128) -> Self {
        Self {
            lo: Some(v),
            hi: Some(v),
        }
    }

    /// Multiplied by 1 or −1.
    fn times(self, sign: i128) -> Self {
        if sign >= 0 {
            self
        } else {
            Self {
                lo: self.hi.map(|h| -h),
                hi: self.lo.map(|l| -l),
            }
        }
    }

    fn meet(self, other: Self) -> Self {
        let pick = |a: Option<i128>, b: Option<i128>, f: fn(i128, i128) -> i128| match (a, b) {
            (Some(a), Some(b)) => Some(f(a, b)),
            (a, b) => a.or(b),
        };
        Self {
            lo: pick(self.lo, other.lo, i128::max),
            hi: pick(self.hi, other.hi, i128::min),
        }
    }

    fn is_point(self) -> bool {
        matches!((self.lo, self.hi), (Some(a), Some(b)) if a >= b)
    }
}

/// The sum of intervals, keeping count of unbounded sides so that one term
/// can be taken out again.
#[derive(Default)]
struct IntervalSum {
    lo: i128,
    lo_unbounded: usize,
    hi: i128,
    hi_unbounded: usize,
}

impl IntervalSum {
    fn add(&mut self, i: Interval) {
        match i.lo {
            Some(v) => self.lo += v,
            None => self.lo_unbounded += 1,
        }
        match i.hi {
            Some(v) => self.hi += v,
            None => self.hi_unbounded += 1,
        }
    }

    /// The sum of every term but `i` (which must have been added).
    fn without(&self, i: Interval) -> Interval {
        let side = |sum: i128, unbounded: usize, term: Option<i128>| match term {
            Some(v) => (unbounded == 0).then(|| sum - v),
            None => (unbounded == 1).then_some(sum),
        };
        Interval {
            lo: side(self.lo, self.lo_unbounded, i.lo),
            hi: side(self.hi, self.hi_unbounded, i.hi),
        }
    }
}

impl State<'_> {
    /// What a reader knows of a cell from its label alone.
    fn known(&self, cell: Cell) -> Interval {
        let t = self.t as i128;
        match self.status[cell] {
            Status::Shown => Interval::point(self.table.values[cell] as i128),
            Status::Small => Interval {
                lo: Some(1),
                hi: Some(t - 1),
            },
            Status::Masked => Interval {
                lo: Some(t),
                hi: None,
            },
        }
    }

    fn hidden_in(&self, line: usize) -> usize {
        self.table.lines[line]
            .members()
            .filter(|(c, _)| self.status[*c].is_hidden())
            .count()
    }

    fn is_candidate(&self, cell: Cell) -> bool {
        self.status[cell] == Status::Shown && self.table.values[cell] > 0
    }

    /// The visible non-zero cell to hide on one of `lines` (a part if any
    /// line offers one, else a total): the one that leaves the fewest
    /// lines with a lone hidden cell — lines it would open, with no hidden
    /// cell yet, minus lines it closes, with one already; `current` is the
    /// line being closed and does not count — then the smallest, then the
    /// first built.
    fn best_visible(&self, lines: &[usize], current: Option<usize>) -> Option<Cell> {
        let key = |c: Cell| {
            let mut balance = 0i64;
            for &l in self.lines_of[c].iter().filter(|&&l| Some(l) != current) {
                match self.hidden_in(l) {
                    0 => balance += 1,
                    1 => balance -= 1,
                    _ => {}
                }
            }
            (balance, self.table.values[c], c)
        };
        let parts = lines
            .iter()
            .flat_map(|&l| self.table.lines[l].parts.iter().copied())
            .filter(|&c| self.is_candidate(c));
        if let Some(cell) = parts.min_by_key(|&c| key(c)) {
            return Some(cell);
        }
        lines
            .iter()
            .map(|&l| self.table.lines[l].total)
            .filter(|&c| self.is_candidate(c))
            .min_by_key(|&c| key(c))
    }

    /// Step 2: while a line has exactly one hidden cell, hides one more on
    /// it.
    fn lone_hidden_cells_to_fixed_point(&mut self) {
        loop {
            let mut changed = false;
            for l in 0..self.table.lines.len() {
                if self.hidden_in(l) != 1 {
                    continue;
                }
                if let Some(cell) = self.best_visible(&[l], Some(l)) {
                    self.status[cell] = Status::Masked;
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// One more cell to hide to protect `cell`: the best visible non-zero
    /// cell on its lines; if there is none, on the lines of the hidden
    /// cells on its lines, and so on outwards.
    fn candidate_near(&self, cell: Cell) -> Option<Cell> {
        let mut seen_lines = vec![false; self.table.lines.len()];
        let mut seen_cells = vec![false; self.table.values.len()];
        seen_cells[cell] = true;
        let mut frontier = vec![cell];
        while !frontier.is_empty() {
            let mut lines = Vec::new();
            for &c in &frontier {
                for &l in &self.lines_of[c] {
                    if !std::mem::replace(&mut seen_lines[l], true) {
                        lines.push(l);
                    }
                }
            }
            if let Some(found) = self.best_visible(&lines, None) {
                return Some(found);
            }
            frontier.clear();
            for &l in &lines {
                for (c, _) in self.table.lines[l].members() {
                    if self.status[c].is_hidden() && !std::mem::replace(&mut seen_cells[c], true) {
                        frontier.push(c);
                    }
                }
            }
        }
        None
    }

    /// Step 3: the hidden cells a reader can pin to one value by narrowing
    /// ranges line after line (bounds propagation), starting from what the
    /// labels say: a small cell is from 1 to `t − 1`, a masked one at
    /// least `t`.
    fn pinned_by_bounds(&self) -> Vec<Cell> {
        let bounds = self.attacker_bounds();
        (0..self.table.values.len())
            .filter(|&c| self.status[c].is_hidden() && bounds[c].is_point())
            .collect()
    }

    fn attacker_bounds(&self) -> Vec<Interval> {
        let mut bounds: Vec<Interval> = (0..self.table.values.len())
            .map(|c| self.known(c))
            .collect();
        let relevant: Vec<usize> = (0..self.table.lines.len())
            .filter(|&l| self.hidden_in(l) > 0)
            .collect();
        let mut queued = vec![false; self.table.lines.len()];
        let mut queue = std::collections::VecDeque::new();
        for &l in &relevant {
            queued[l] = true;
            queue.push_back(l);
        }
        // Narrowing ends (bounds are integers and only shrink) but may
        // crawl one unit at a time around a cycle: a budget keeps it short.
        // Bounds found so far are sound either way.
        let mut budget = 200 * relevant.len() + 1000;
        while let Some(l) = queue.pop_front() {
            queued[l] = false;
            if budget == 0 {
                break;
            }
            budget -= 1;
            let line = &self.table.lines[l];
            // Σ coef·x = 0: for each x, coef_x·x = −Σ_{others} coef·o.
            let mut sum = IntervalSum::default();
            for (c, coef) in line.members() {
                sum.add(bounds[c].times(coef));
            }
            for (x, coef_x) in line.members() {
                if !self.status[x].is_hidden() {
                    continue;
                }
                let others = sum.without(bounds[x].times(coef_x));
                let narrowed = others.times(-1).times(coef_x).meet(bounds[x]);
                if narrowed != bounds[x] {
                    // Later members of this line are checked against the
                    // older sum: sound, and the line is queued again.
                    bounds[x] = narrowed;
                    for &other in &self.lines_of[x] {
                        if !std::mem::replace(&mut queued[other], true) {
                            queue.push_back(other);
                        }
                    }
                }
            }
        }
        bounds
    }

    /// The groups of hidden cells that share a line (and so can be
    /// combined), each with the lines that hold them.
    fn groups(&self) -> Vec<(Vec<Cell>, Vec<usize>)> {
        let n = self.table.values.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for line in &self.table.lines {
            let mut hidden = line
                .members()
                .map(|(c, _)| c)
                .filter(|&c| self.status[c].is_hidden());
            if let Some(first) = hidden.next() {
                for c in hidden {
                    let (a, b) = (find(&mut parent, first), find(&mut parent, c));
                    parent[a] = b;
                }
            }
        }
        let mut groups: std::collections::BTreeMap<usize, (Vec<Cell>, Vec<usize>)> =
            Default::default();
        for c in (0..n).filter(|&c| self.status[c].is_hidden()) {
            let root = find(&mut parent, c);
            groups.entry(root).or_default().0.push(c);
        }
        for (l, line) in self.table.lines.iter().enumerate() {
            if let Some((c, _)) = line.members().find(|(c, _)| self.status[*c].is_hidden()) {
                let root = find(&mut parent, c);
                groups
                    .get_mut(&root)
                    .expect("group of a hidden cell")
                    .1
                    .push(l);
            }
        }
        groups.into_values().collect()
    }

    /// Steps 4 and 5: the hidden cells that a combination of lines
    /// determines, and, `with_bounds`, those that a combination of lines
    /// together with the bounds of the labels pins to one value.
    ///
    /// The second is a question about directions: the true table is one
    /// point of the set of tables a reader finds possible, and that set is
    /// convex, so a cell can take another value if and only if some
    /// direction keeps every line's sum and moves no cell already at an end
    /// of its range (a `1`, a `t − 1`, a masked `t`) out of it. Whether
    /// such a direction moves the cell up (or down) is a small linear
    /// programme, solved exactly.
    fn pinned_across_lines(&mut self, with_bounds: bool) -> Vec<Cell> {
        let mut pinned = Vec::new();
        for (cells, lines) in self.groups() {
            let key = (cells, with_bounds);
            if let Some(known) = self.audits.get(&key) {
                pinned.extend(known);
                continue;
            }
            let found = self.audit_group(&key.0, &lines, with_bounds);
            pinned.extend(&found);
            self.audits.insert(key, found);
        }
        pinned
    }

    /// Steps 4 and 5 on one group of hidden cells and the lines that hold
    /// them.
    fn audit_group(&self, cells: &[Cell], lines: &[usize], with_bounds: bool) -> Vec<Cell> {
        let rows: Vec<Vec<i128>> = lines
            .iter()
            .map(|&l| {
                let mut row = vec![0i128; cells.len()];
                for (c, coef) in self.table.lines[l].members() {
                    if let Ok(i) = cells.binary_search(&c) {
                        row[i] += coef;
                    }
                }
                row
            })
            .collect();
        // On arithmetic overflow nothing can be proved: treat the group as
        // exposed (hiding more is always safe).
        let Some(echelon) = Echelon::reduce(rows, cells.len()) else {
            return cells.to_vec();
        };
        let directions: Vec<Vec<i128>> = (0..cells.len()).map(|i| echelon.direction(i)).collect();
        let fixed = |i: usize| directions[i].iter().all(|&x| x == 0);
        let mut at_bound: Vec<Vec<i128>> = Vec::new();
        if with_bounds {
            for (i, &c) in cells.iter().enumerate().filter(|&(i, _)| !fixed(i)) {
                let known = self.known(c);
                let v = self.table.values[c] as i128;
                if known.lo == Some(v) {
                    at_bound.push(directions[i].clone());
                }
                if known.hi == Some(v) {
                    at_bound.push(directions[i].iter().map(|x| -x).collect());
                }
            }
        }
        // Cells some feasible direction moves. One direction usually moves
        // many cells, so each found is applied to all before the next
        // linear programme: first the directions of single free columns,
        // then those the programmes find.
        let mut movable = vec![false; cells.len()];
        let apply = |f: &[Fraction], movable: &mut [bool]| {
            let nonzero: Vec<(usize, Fraction)> = f
                .iter()
                .copied()
                .enumerate()
                .filter(|(_, v)| !v.is_zero())
                .collect();
            for (j, d) in directions.iter().enumerate() {
                let dot = nonzero.iter().try_fold(Fraction::ZERO, |acc, &(x, v)| {
                    acc.add(Fraction::int(d[x]).mul(v)?)
                });
                if dot.is_some_and(|v| !v.is_zero()) {
                    movable[j] = true;
                }
            }
        };
        for free in 0..echelon.free.len() {
            let up = at_bound.iter().all(|g| g[free] >= 0);
            let down = at_bound.iter().all(|g| g[free] <= 0);
            if up || down {
                for (j, d) in directions.iter().enumerate() {
                    if d[free] != 0 {
                        movable[j] = true;
                    }
                }
            }
        }
        let mut pinned = Vec::new();
        for (i, &c) in cells.iter().enumerate() {
            if fixed(i) {
                pinned.push(c); // determined by the lines alone
                continue;
            }
            if movable[i] {
                continue;
            }
            let up = directions[i].clone();
            let down: Vec<i128> = up.iter().map(|x| -x).collect();
            for target in [up, down] {
                match cone_reaches(&at_bound, &target) {
                    Some(Some(f)) => {
                        movable[i] = true;
                        apply(&f, &mut movable);
                        break;
                    }
                    Some(None) => {}
                    // Overflow: cannot prove it moves.
                    None => break,
                }
            }
            if !movable[i] {
                pinned.push(c);
            }
        }
        pinned
    }
}

/// A group's equations in reduced row echelon form, with integer rows.
struct Echelon {
    rows: Vec<Vec<i128>>,
    /// (row, column) of every pivot.
    pivots: Vec<(usize, usize)>,
    /// The columns without a pivot: free to move.
    free: Vec<usize>,
}

impl Echelon {
    /// `None` on overflow.
    fn reduce(mut rows: Vec<Vec<i128>>, columns: usize) -> Option<Self> {
        let mut pivots = Vec::new();
        let mut free = Vec::new();
        let mut next_row = 0;
        for col in 0..columns {
            let Some(p) = (next_row..rows.len()).find(|&r| rows[r][col] != 0) else {
                free.push(col);
                continue;
            };
            rows.swap(next_row, p);
            let pivot = rows[next_row].clone();
            for (r, row) in rows.iter_mut().enumerate() {
                if r == next_row || row[col] == 0 {
                    continue;
                }
                let (a, b) = (pivot[col], row[col]);
                for k in 0..columns {
                    row[k] = row[k]
                        .checked_mul(a)?
                        .checked_sub(pivot[k].checked_mul(b)?)?;
                }
                normalise(row);
            }
            pivots.push((next_row, col));
            next_row += 1;
        }
        Some(Self { rows, pivots, free })
    }

    /// How column `i` moves along the directions that keep every equation:
    /// a vector over the free columns, up to a positive factor (enough for
    /// signs). All zero when the equations fix the column.
    fn direction(&self, i: usize) -> Vec<i128> {
        if let Some(k) = self.free.iter().position(|&f| f == i) {
            let mut unit = vec![0; self.free.len()];
            unit[k] = 1;
            return unit;
        }
        let &(r, _) = self
            .pivots
            .iter()
            .find(|&&(_, col)| col == i)
            .expect("a column is free or a pivot");
        // a·x_i + Σ_free row[f]·x_f = 0, so x_i = −Σ row[f]·x_f / a.
        let sign = -self.rows[r][i].signum();
        self.free.iter().map(|&f| sign * self.rows[r][f]).collect()
    }
}

/// Some `f` with `g·f ≥ 0` for every `g` in `at_least_zero` and
/// `target·f = 1`, if there is one. Phase one of the simplex method, in
/// exact fractions, with Bland's rule (the problem is degenerate: without it
/// the method can cycle). `None` on overflow.
fn cone_reaches(at_least_zero: &[Vec<i128>], target: &[i128]) -> Option<Option<Vec<Fraction>>> {
    let k = target.len();
    let m = at_least_zero.len() + 1;
    // Columns: f = u − v (u, v ≥ 0), one slack per row, then the artificial
    // variable of the last row; then the right-hand side.
    let columns = 2 * k + m;
    let mut tableau: Vec<Vec<Fraction>> = Vec::with_capacity(m + 1);
    for (j, g) in at_least_zero.iter().enumerate() {
        // −g·u + g·v + s_j = 0
        let mut row = vec![Fraction::ZERO; columns + 1];
        for (x, &c) in g.iter().enumerate() {
            row[x] = Fraction::int(-c);
            row[k + x] = Fraction::int(c);
        }
        row[2 * k + j] = Fraction::ONE;
        tableau.push(row);
    }
    // target·u − target·v + a = 1
    let mut last = vec![Fraction::ZERO; columns + 1];
    for (x, &c) in target.iter().enumerate() {
        last[x] = Fraction::int(c);
        last[k + x] = Fraction::int(-c);
    }
    last[columns - 1] = Fraction::ONE;
    last[columns] = Fraction::ONE;
    // Minimise a: reduced costs are −(last row) outside the basis.
    let mut cost: Vec<Fraction> = last.iter().map(|f| f.neg()).collect();
    cost[columns - 1] = Fraction::ZERO;
    tableau.push(last);
    let mut basis: Vec<usize> = (2 * k..2 * k + m).collect();
    loop {
        // cost[columns] is −(value of a).
        if cost[columns].is_zero() {
            // f = u − v, read from the basic variables.
            let mut f = vec![Fraction::ZERO; k];
            for (r, &b) in basis.iter().enumerate() {
                let value = tableau[r][columns];
                if b < k {
                    f[b] = f[b].add(value)?;
                } else if b < 2 * k {
                    f[b - k] = f[b - k].sub(value)?;
                }
            }
            return Some(Some(f));
        }
        let Some(enter) = (0..columns).find(|&c| cost[c].is_negative()) else {
            return Some(None);
        };
        let mut leave: Option<(usize, Fraction)> = None;
        for r in 0..m {
            let a = tableau[r][enter];
            if !a.is_positive() {
                continue;
            }
            let ratio = tableau[r][columns].div(a)?;
            let better = match &leave {
                None => true,
                Some((best, best_ratio)) => match ratio.cmp(*best_ratio)? {
                    std::cmp::Ordering::Less => true,
                    std::cmp::Ordering::Equal => basis[r] < basis[*best],
                    std::cmp::Ordering::Greater => false,
                },
            };
            if better {
                leave = Some((r, ratio));
            }
        }
        // Minimising a ≥ 0 is bounded, so some row always leaves.
        let (r, _) = leave?;
        let pivot = tableau[r][enter];
        for value in tableau[r].iter_mut() {
            *value = value.div(pivot)?;
        }
        let pivot_row = tableau[r].clone();
        for (q, row) in tableau.iter_mut().enumerate() {
            if q == r || row[enter].is_zero() {
                continue;
            }
            let factor = row[enter];
            for x in 0..=columns {
                row[x] = row[x].sub(factor.mul(pivot_row[x])?)?;
            }
        }
        let factor = cost[enter];
        for x in 0..=columns {
            cost[x] = cost[x].sub(factor.mul(pivot_row[x])?)?;
        }
        basis[r] = enter;
    }
}

/// An exact fraction, always reduced, with a positive denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fraction {
    num: i128,
    den: i128,
}

impl Fraction {
    const ZERO: Fraction = Fraction { num: 0, den: 1 };
    const ONE: Fraction = Fraction { num: 1, den: 1 };

    fn int(v: i128) -> Self {
        Self { num: v, den: 1 }
    }

    fn new(num: i128, den: i128) -> Option<Self> {
        if den == 0 {
            return None;
        }
        let g = gcd(num.abs(), den.abs()).max(1);
        let sign = if den < 0 { -1 } else { 1 };
        Some(Self {
            num: sign * num / g,
            den: sign * den / g,
        })
    }

    fn neg(self) -> Self {
        Self {
            num: -self.num,
            den: self.den,
        }
    }

    fn is_zero(self) -> bool {
        self.num == 0
    }

    fn is_negative(self) -> bool {
        self.num < 0
    }

    fn is_positive(self) -> bool {
        self.num > 0
    }

    fn mul(self, o: Self) -> Option<Self> {
        Self::new(self.num.checked_mul(o.num)?, self.den.checked_mul(o.den)?)
    }

    fn div(self, o: Self) -> Option<Self> {
        Self::new(self.num.checked_mul(o.den)?, self.den.checked_mul(o.num)?)
    }

    fn add(self, o: Self) -> Option<Self> {
        self.sub(o.neg())
    }

    fn sub(self, o: Self) -> Option<Self> {
        Self::new(
            self.num
                .checked_mul(o.den)?
                .checked_sub(o.num.checked_mul(self.den)?)?,
            self.den.checked_mul(o.den)?,
        )
    }

    fn cmp(self, o: Self) -> Option<std::cmp::Ordering> {
        Some(
            self.num
                .checked_mul(o.den)?
                .cmp(&o.num.checked_mul(self.den)?),
        )
    }
}

fn normalise(row: &mut [i128]) {
    let g = row.iter().fold(0i128, |g, v| gcd(g, v.abs()));
    if g > 1 {
        row.iter_mut().for_each(|v| *v /= g);
    }
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests;
