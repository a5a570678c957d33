using System.ComponentModel.DataAnnotations;

namespace DebtHub.Dialer;

/// <summary>Section <c>Dialer</c>: how this dialer instance paces and claims.</summary>
public sealed class DialerOptions
{
    public const string Section = "Dialer";

    /// <summary>This instance's name in hopper claims and the Quartz cluster; unique per running process.</summary>
    [Required]
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Seconds between pacing rounds of one campaign.</summary>
    [Range(1, 60)]
    public int PacingIntervalSeconds { get; set; } = 2;

    /// <summary>How long a claim holds an account while this instance asks the gate and dials; a crashed instance's claims lapse.</summary>
    [Range(10, 600)]
    public int ClaimLeaseSeconds { get; set; } = 60;

    /// <summary>How long a collector may look at a preview account before it goes back to the hopper.</summary>
    [Range(30, 3600)]
    public int PreviewLeaseSeconds { get; set; } = 300;

    /// <summary>The most calls one pacing round of one campaign places.</summary>
    [Range(1, 1000)]
    public int MaxCallsPerRound { get; set; } = 50;

    /// <summary>Average handle time (talk and wrap-up) predictive pacing assumes until collectors have handled calls.</summary>
    [Range(10, 3600)]
    public int AssumedHandleSeconds { get; set; } = 180;

    /// <summary>How often the hopper is refilled from the campaign's segment (new accounts, accounts that left it).</summary>
    [Range(1, 3600)]
    public int HopperRefillSeconds { get; set; } = 60;

    /// <summary>
    /// A dialer call not ended this long after it was placed is looked up at Twilio (its callbacks may have been lost):
    /// longer than a ring (25 s) and the CPS queue, short enough that a lost call does not hold its collector for long.
    /// </summary>
    [Range(30, 3600)]
    public int StaleCallSeconds { get; set; } = 120;

    /// <summary>A call Twilio still reports live this long after it was placed is hung up and closed (Twilio's default time limit is 4 h).</summary>
    [Range(5, 1440)]
    public int MaxCallMinutes { get; set; } = 240;

    /// <summary>
    /// A due callback rings its requesting collector when they are free; after this long past its time, any available
    /// collector licensed for the account's state takes it (docs/dialer-routing.md, "Scheduled callbacks").
    /// </summary>
    [Range(0, 120)]
    public int CallbackGraceMinutes { get; set; } = 5;

    /// <summary>A callback no collector could take this long after its time (or the gate's next allowed time) is closed as missed.</summary>
    [Range(10, 1440)]
    public int CallbackMissAfterMinutes { get; set; } = 240;

    /// <summary>Whether this process runs the clustered pacing scheduler (API-only instances can turn it off).</summary>
    public bool RunScheduler { get; set; } = true;

    /// <summary>
    /// Idle collectors assumed per campaign until collector presence is available (see <c>IIdleCollectors</c>);
    /// the demo's simulated collectors.
    /// </summary>
    [Range(0, 10000)]
    public int SimulatedIdleCollectors { get; set; }
}
