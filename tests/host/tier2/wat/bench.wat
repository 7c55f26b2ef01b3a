;; Small benchmark kernels for tier 0 vs tier 2 (tests/tier2_opt_test.ts).
(module
  (memory 2)
  ;; Sieve of Eratosthenes over n bytes; returns the prime count.
  (func (export "sieve") (param $n i32) (result i32) (local $i i32) (local $j i32) (local $c i32)
    (memory.fill (i32.const 0) (i32.const 0) (local.get $n))
    (local.set $i (i32.const 2))
    (block $done (loop $outer
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (if (i32.eqz (i32.load8_u (local.get $i)))
        (then
          (local.set $c (i32.add (local.get $c) (i32.const 1)))
          (local.set $j (i32.mul (local.get $i) (local.get $i)))
          (block $b (loop $inner
            (br_if $b (i32.ge_u (local.get $j) (local.get $n)))
            (i32.store8 (local.get $j) (i32.const 1))
            (local.set $j (i32.add (local.get $j) (local.get $i)))
            (br $inner)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $outer)))
    (local.get $c))
  ;; Recursive Fibonacci: call-heavy.
  (func $fib (export "fib") (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else (i32.add (call $fib (i32.sub (local.get $n) (i32.const 1)))
                     (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
  ;; Integer hash loop with division: arithmetic-heavy.
  (func (export "hash") (param $n i32) (result i32) (local $h i32) (local $i i32)
    (local.set $h (i32.const 2166136261))
    (loop $l
      (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $i)) (i32.const 16777619)))
      (local.set $h (i32.add (local.get $h) (i32.rem_u (local.get $h) (i32.const 7919))))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $h))
  ;; i64 accumulation: stays on tier 0's slot code and helpers.
  (func (export "sum64") (param $n i32) (result i64) (local $s i64) (local $i i32)
    (loop $l
      (local.set $s (i64.add (local.get $s) (i64.mul (i64.extend_i32_u (local.get $i)) (i64.const 3))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
  ;; f64 accumulation: helpers at both tiers.
  (func (export "sumf") (param $n i32) (result f64) (local $s f64) (local $i i32)
    (loop $l
      (local.set $s (f64.add (local.get $s) (f64.convert_i32_u (local.get $i))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
)
