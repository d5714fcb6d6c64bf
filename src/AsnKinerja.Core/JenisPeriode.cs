namespace AsnKinerja;

/// <summary>The kind of an evaluation or SKP period.</summary>
public enum JenisPeriode
{
    /// <summary>The whole performance year (<em>tahunan</em>), 1 January to 31 December.</summary>
    Tahunan = 1,

    /// <summary>A quarter (<em>triwulan</em>), the periodic evaluation on the official forms.</summary>
    Triwulanan = 2,

    /// <summary>A calendar month (<em>bulanan</em>).</summary>
    Bulanan = 3,

    /// <summary>Any date range, e.g. an SKP after a move (<em>mutasi</em>) that covers part of the year.</summary>
    Rentang = 4,

    /// <summary>A half-year (<em>semester</em>), e.g. the teachers' SKP of January to June 2024.</summary>
    Semesteran = 5,
}
