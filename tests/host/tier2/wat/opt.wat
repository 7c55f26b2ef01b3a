;; Small functions for tests/tier2_opt_test.ts: optimiser effects and
;; tier-0 vs tier-2 differential checks.
(module
  (memory 1)
  (func (export "fill") (param $n i32) (local $i i32)
    (loop $l
      (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.mul (local.get $i) (i32.const 3)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
  ;; Sum n i32s from address 0 (after fill n).
  (func (export "sum") (param $n i32) (result i32) (local $i i32) (local $s i32) (local $p i32)
    (call $fill_inline (local.get $n))
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  (func $fill_inline (param $n i32) (local $i i32)
    (loop $l
      (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.mul (local.get $i) (i32.const 3)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
  ;; The same loop without a call: the memory base stays in a register.
  (func (export "sumloop") (param $n i32) (result i32) (local $i i32) (local $s i32) (local $p i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  (func (export "const") (result i32)
    (i32.add (i32.mul (i32.const 6) (i32.const 7)) (i32.xor (i32.const 2) (i32.shl (i32.const 1) (i32.const 33)))))
  (func (export "pair") (param $p i32) (result i32)
    (i32.add (i32.load offset=8 (local.get $p)) (i32.load offset=4 (local.get $p))))
  ;; Register pressure, variable shifts, aliasing of a local that changes.
  (func (export "mix") (param $a i32) (param $b i32) (param $c i32) (result i32) (local $d i32)
    (local.set $d (i32.sub (local.get $a) (local.get $c)))
    (i32.add
      (i32.xor
        (i32.mul (i32.add (local.get $a) (local.get $b)) (i32.sub (local.get $c) (local.get $d)))
        (i32.or (i32.shl (local.get $b) (local.get $a)) (i32.shr_u (local.get $c) (local.get $b))))
      (i32.sub
        (local.get $a)
        (local.tee $a (i32.add (i32.rotl (local.get $a) (local.get $c)) (i32.rotr (local.get $d) (i32.const 5)))))))
  (func (export "sel") (param $a i32) (param $b i32) (result i32)
    (i32.add (select (local.get $a) (local.get $b) (i32.lt_s (local.get $a) (local.get $b)))
             (select (i32.const 100) (local.get $b) (i32.eqz (local.get $a)))))
  (func (export "tbl") (param $x i32) (result i32)
    (block $d (block $c (block $b (block $a
      (br_table $a $b $c $d (local.get $x)))
      (return (i32.const 10)))
      (return (i32.const 20)))
      (return (i32.const 30)))
    (i32.const 40))
  (func (export "i64mix") (param $a i64) (param $b i32) (result i64)
    (i64.add (i64.mul (local.get $a) (i64.extend_i32_s (local.get $b)))
             (i64.shl (i64.const 3) (i64.extend_i32_u (local.get $b)))))
  (func (export "oob") (param $p i32) (result i32)
    (i32.load8_u offset=3 (local.get $p)))
  (func (export "div") (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b)))
  ;; Inlining: small leaf callees, one with an early return.
  (func $sq (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
  (func $clamp (param i32) (result i32)
    (if (i32.lt_s (local.get 0) (i32.const 0)) (then (return (i32.const 0))))
    (local.get 0))
  (func (export "callsq") (param $x i32) (result i32) (local $k i32)
    (local.set $k (i32.const 5))
    (i32.add (call $sq (call $clamp (local.get $x))) (local.get $k)))
)
