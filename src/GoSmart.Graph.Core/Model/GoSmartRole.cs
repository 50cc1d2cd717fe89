namespace GoSmart.Graph.Core.Model;

/// <summary>How the GoSmart BSR project divided its partner regions.</summary>
public enum GoSmartRole
{
    /// <summary>A less developed region that learns (Podlaskie, Kaunas, Vidzeme, South Estonia).</summary>
    Learning,

    /// <summary>A more advanced region that shares practice (Southern Denmark, Hamburg, Kouvola).</summary>
    Advanced,
}
