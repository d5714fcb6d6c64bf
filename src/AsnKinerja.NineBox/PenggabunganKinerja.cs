namespace AsnKinerja.NineBox;

/// <summary>
/// How the annual predicates of several years combine into the one performance level of the talent map. The
/// regulation does not say how many years count nor how they combine [L]; this is a policy.
/// </summary>
/// <remarks>
/// For the map of year <c>T</c>, the "last two years" are the calendar years <c>T</c> and <c>T − 1</c> exactly (not the
/// last two years that happen to have data): a missing year is a finding (<c>NBX001</c>), never skipped. Each year's
/// predicate is first mapped to a level by the predicate mapping policy; the levels are then combined.
/// <c>default(PenggabunganKinerja)</c> is not a defined member.
/// </remarks>
public enum PenggabunganKinerja
{
    /// <summary>Only year <c>T</c> counts: the level of the latest year.</summary>
    TahunTerakhir = 1,

    /// <summary>
    /// Default. Years <c>T</c> and <c>T − 1</c> both count, and the level is the <b>lower</b> of the two: to sit in the
    /// <em>Di Atas</em> row an employee must be above expectation in both years. Conservative, and the common agency
    /// practice of looking at the last two years.
    /// </summary>
    TerendahDuaTahunTerakhir = 2,

    /// <summary>
    /// Years <c>T</c> and <c>T − 1</c> both count, and the level is the mean of the two levels (Di Bawah = 1, Sesuai = 2,
    /// Di Atas = 3) rounded half up: Di Atas + Sesuai → Di Atas, Sesuai + Di Bawah → Sesuai, Di Atas + Di Bawah → Sesuai.
    /// </summary>
    RataRataDuaTahunTerakhir = 3,
}
