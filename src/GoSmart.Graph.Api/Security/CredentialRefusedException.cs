namespace GoSmart.Graph.Api.Security;

/// <summary>A credential refused for a reason the client may be told (its message is safe to answer with).</summary>
public sealed class CredentialRefusedException(string message) : Exception(message);
