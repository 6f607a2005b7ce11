//! The Mersenne Twister (MT19937) behind `random`, as Matsumoto and Nishimura published it and
//! CPython's `Modules/_randommodule.c` uses it: seeding from an array of 32-bit words, 32-bit
//! outputs, floats of 53 bits from two outputs. Equal seeds give CPython's sequence bit for bit.

use num_bigint::{BigInt, BigUint};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the index of the next one to temper.
#[derive(Clone)]
pub struct Mt {
    pub state: [u32; N],
    pub index: usize,
}

impl Default for Mt {
    /// All zeros, as `_random.Random.__new__` leaves an object no one has seeded yet.
    fn default() -> Mt {
        Mt { state: [0; N], index: 0 }
    }
}

impl Mt {
    pub const WORDS: usize = N;

    /// `init_genrand`: fills the state from one word.
    fn init(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: mixes a key of any length into the state.
    pub fn seed_words(&mut self, key: &[u32]) {
        self.init(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let mix = |s: &[u32; N], i: usize, mul: u32| s[i] ^ (s[i - 1] ^ (s[i - 1] >> 30)).wrapping_mul(mul);
        for _ in 0..N.max(key.len()) {
            self.state[i] = mix(&self.state, i, 1_664_525).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            self.state[i] = mix(&self.state, i, 1_566_083_941).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = UPPER;
    }

    /// Seeds from a non-negative int: its 32-bit words, least significant first (one zero
    /// word for 0).
    pub fn seed_int(&mut self, n: &BigUint) {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.seed_words(&key);
    }

    /// `genrand_uint32`: the next 32 bits, regenerating all 624 words when they are used up.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N {
                let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 27 bits and 26 bits of two outputs as one 53-bit fraction in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`: one output for up to 32 bits, else two, the first the
    /// low word; the last word keeps its high bits.
    pub fn bits64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                low | u64::from(self.next_u32() >> (64 - k)) << 32
            }
        }
    }

    /// `getrandbits(k)` for any `k`: 32-bit words from the least significant up.
    pub fn bits(&mut self, k: u64) -> BigInt {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigInt::from(BigUint::new(words))
    }
}
