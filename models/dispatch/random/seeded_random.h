#pragma once
// Seeded randomness for the dispatch searches (the routing engine and the
// auto-dispatch planner). mt19937_64 drives every decision; the helpers below
// are written out instead of using <random>'s distributions, whose results
// may differ between standard library versions, so a seed gives the same
// plan everywhere.

#include <cstdint>
#include <random>
#include <utility>

namespace doorstep::dispatch {

using Rng = std::mt19937_64;

inline int randomIndex(Rng &rng, int n)
{
    return n <= 1 ? 0 : static_cast<int>(rng() % static_cast<std::uint64_t>(n));
}

inline double random01(Rng &rng)
{
    return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0);
}

template <typename Container>
void shuffle(Container &c, Rng &rng)
{
    for (int i = static_cast<int>(c.size()) - 1; i > 0; --i) {
        const int j = randomIndex(rng, i + 1);
        std::swap(c[static_cast<std::size_t>(i)], c[static_cast<std::size_t>(j)]);
    }
}

// xorshift64*: for coin flips in the innermost insertion loop, where
// mt19937_64 showed up in profiles. Seeded from the main generator.
class QuickRandom
{
public:
    explicit QuickRandom(std::uint64_t seed) : m_state(seed | 1u) {}
    double next01()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return static_cast<double>((m_state * 2685821657736338717ULL) >> 11) * (1.0 / 9007199254740992.0);
    }

private:
    std::uint64_t m_state;
};

} // namespace doorstep::dispatch
