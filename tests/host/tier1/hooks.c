  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

—  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

L  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

W  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

#  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

#  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

<  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

#  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

<  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

#  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

j  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

#  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

j  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

T  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

H  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

T  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

I  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

E  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

R  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

4  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

4  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

[  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

4  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

]  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

&  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

j  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

&  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

&  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

X  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

M  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

O  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

V  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

R  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

I  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

M  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

M  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

X  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

E  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

C  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

X  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

X  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

A  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

D  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

D  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

R  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

&  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

X  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

J  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

M  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

P  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

R  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

M  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

X  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

E  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

C  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

X  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

!  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

&  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

:  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

8  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

!  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

|  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

|  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

!  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

:  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

y  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

y  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

!  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

:  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

.  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

y  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

:  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

N  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

U  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

L  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

L  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

|  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

|  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

T  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

H  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

T  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

I  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

E  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

R  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

T  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

H  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

S  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

H  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

I  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

M  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

N  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

U  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

L  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

L  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

&  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

&  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

:  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

%  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

:  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

%  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

\  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

"  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

g  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

j  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

b  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

1  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

N  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

U  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

L  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

L  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

6  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

4  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

+  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

+  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

3  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

2  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

k  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

0  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

j  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

/  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

v  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

j  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

w  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

{  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

u  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

*  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

h  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

m  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

=  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

n  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

x  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

c  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

d  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

,  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

-  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

>  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

z  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

a  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

   err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

j  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

p  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

o  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

f  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

i  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

l  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

_  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

r  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

s  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

e  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

t  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

(  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

)  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

;  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

}  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}


  err = jit_tierup_to(rec, 1); /* what KJIT_JIT_FORCE_TIER=1 does */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

