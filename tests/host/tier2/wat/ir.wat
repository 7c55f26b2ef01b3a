;; Functions for tests/tier2_ir_test.ts: each exercises one pass of the tier-2
;; IR path (kernel/jit/tier2/ir*.c) and is checked for its statistics and
;; against tier 0 on results and traps.
(module
  (memory 1)
  (func $fill (param $n i32) (local $i i32)
    (loop $l
      (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.add (local.get $i) (i32.const 7)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
  ;; LICM: k*12 ^ 5 is loop-invariant (2 ops), so are the memory base and the
  ;; bounds-check limit (2 reads).
  (func (export "licm") (param $n i32) (param $k i32) (result i32) (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.add (i32.load (i32.shl (local.get $i) (i32.const 2)))
                 (i32.xor (i32.mul (local.get $k) (i32.const 12)) (i32.const 5)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  ;; The same loop with a call inside: memory may move, so the memory base and
  ;; limit are re-read after it (not hoisted), the pure ops still are.
  (func (export "licmcall") (param $n i32) (param $k i32) (result i32) (local $i i32) (local $s i32)
    (loop $l
      (drop (call $big (i32.const 4)))
      (local.set $s (i32.add (local.get $s)
        (i32.add (i32.load (i32.shl (i32.and (local.get $i) (i32.const 3)) (i32.const 2)))
                 (i32.xor (i32.mul (local.get $k) (i32.const 12)) (i32.const 5)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  ;; DCE: a dropped product, a local written but never read (its zero init too).
  (func (export "dce") (param $a i32) (result i32) (local $t i32)
    (drop (i32.mul (local.get $a) (i32.const 3)))
    (local.set $t (i32.add (local.get $a) (i32.const 1)))
    (i32.sub (local.get $a) (i32.const 2)))
  ;; Constant addresses inside the memory's size need no check; 65534 + 4 does.
  (func (export "constaddr") (result i32)
    (i32.store (i32.const 100) (i32.const 77))
    (i32.add (i32.load (i32.const 16)) (i32.load (i32.const 100))))
  (func (export "constoob") (result i32)
    (i32.load (i32.const 65534)))
  ;; A check dominating the branch covers the narrower access inside it.
  (func (export "dom") (param $p i32) (param $c i32) (result i32) (local $r i32)
    (local.set $r (i32.load offset=8 (local.get $p)))
    (if (local.get $c)
      (then (local.set $r (i32.add (local.get $r) (i32.load offset=4 (local.get $p))))))
    (local.get $r))
  ;; Values in registers across calls (saved and reloaded around each call).
  (func $big (param $x i32) (result i32)
    (call $fill (i32.const 1))
    (i32.add (i32.mul (local.get $x) (local.get $x)) (i32.const 1)))
  (func (export "across") (param $n i32) (result i32) (local $i i32) (local $a i32) (local $b i32) (local $s i32)
    (local.set $a (i32.const 3))
    (local.set $b (i32.const 1000))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.add (call $big (local.get $i)) (i32.mul (local.get $a) (local.get $b)))))
      (local.set $a (i32.add (local.get $a) (local.get $i)))
      (local.set $b (i32.sub (local.get $b) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_s (local.get $i) (local.get $n))))
    (local.get $s))
  ;; Profile-guided inlining: a small leaf callee.
  (func $sq (param $x i32) (result i32) (i32.mul (local.get $x) (local.get $x)))
  (func (export "inl") (param $n i32) (result i32) (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (call $sq (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  ;; Register pressure: more live values than registers.
  (func (export "pressure") (param $x i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32) (local $g i32)
    (local.set $a (i32.add (local.get $x) (i32.const 1)))
    (local.set $b (i32.mul (local.get $x) (i32.const 3)))
    (local.set $c (i32.xor (local.get $x) (i32.const 0x55)))
    (local.set $d (i32.sub (local.get $x) (i32.const 9)))
    (local.set $e (i32.shl (local.get $x) (i32.const 3)))
    (local.set $f (i32.rotl (local.get $x) (local.get $a)))
    (local.set $g (i32.div_s (local.get $b) (i32.or (local.get $c) (i32.const 1))))
    (i32.add (i32.add (i32.add (local.get $a) (local.get $b)) (i32.add (local.get $c) (local.get $d)))
             (i32.add (i32.add (local.get $e) (local.get $f)) (i32.rem_u (local.get $g) (i32.const 7)))))
  ;; f64 values in XMM registers through a loop; i64 arithmetic inline.
  (func (export "floats") (param $n i32) (result i64) (local $i i32) (local $x f64) (local $y f64) (local $h i64)
    (local.set $x (f64.const 1.5))
    (loop $l
      (local.set $y (f64.add (f64.mul (local.get $x) (f64.const 0.75)) (f64.convert_i32_s (local.get $i))))
      (local.set $x (f64.sqrt (f64.add (local.get $y) (local.get $x))))
      (local.set $h (i64.add (i64.mul (local.get $h) (i64.const 0x100000001b3)) (i64.reinterpret_f64 (local.get $x))))
      (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 29))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_s (local.get $i) (local.get $n))))
    (i64.add (local.get $h) (i64.extend_i32_u (i64.gt_u (local.get $h) (i64.const 0x8000000000000000)))))
;; OSR: all loop state in parameters, so entering the loop with the
  ;; arguments as the frame equals a call (tests t2_compile_osr's entry).
  (func (export "osr") (param $n i32) (param $i i32) (param $s i32) (param $x f64) (result i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.add (i32.load (i32.shl (i32.and (local.get $i) (i32.const 255)) (i32.const 2)))
                                                     (i32.trunc_f64_s (local.get $x)))))
      (local.set $x (f64.add (local.get $x) (f64.const 0.5)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_s (local.get $i) (local.get $n))))
    (loop $m
      (local.set $s (i32.xor (local.get $s) (i32.shl (local.get $s) (i32.const 3))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $m (i32.gt_s (local.get $n) (i32.const 0))))
    (local.get $s))
  ;; A value of the operand stack lives across the loop: no OSR entry there.
  (func (export "osrstack") (param $n i32) (result i32)
    (i32.add (i32.const 5)
      (loop $l (result i32)
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br_if $l (i32.gt_s (local.get $n) (i32.const 0)))
        (local.get $n))))
;; Loop versioning: signed exit test, step 2, scaled and offset address,
  ;; start from a parameter (negative starts must take the checked loop).
  (func (export "bces") (param $i i32) (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (i32.add (i32.mul (local.get $i) (i32.const 12)) (i32.const 8)))))
      (i32.store8 (i32.add (local.get $i) (i32.const 3)) (local.get $s))
      (local.set $i (i32.add (local.get $i) (i32.const 2)))
      (br_if $l (i32.lt_s (local.get $i) (local.get $n))))
    (local.get $s))
;; Loop versioning with a `br_if iv` exit (iv != 0): a negative counter
  ;; stepping by 4 up to 0, as clang emits for fixed-size loops.
  (func (export "bcene") (param $i i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load8_u offset=2 (i32.add (local.get $i) (i32.const 4096)))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (local.get $i)))
    (local.get $s))
)
