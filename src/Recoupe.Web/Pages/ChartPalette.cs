namespace Recoupe.Web.Pages;

/// <summary>Colours for outlets in charts: distinguishable, readable on white; the rest share grey.</summary>
public static class ChartPalette
{
    public static readonly string[] Colors = ["#1f5fbf", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d5a97", "#e07a5f", "#3d405b"];
    public const string Other = "#b8bcc6";
}
