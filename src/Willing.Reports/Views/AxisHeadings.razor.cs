namespace Willing.Reports.Views;

/// <summary>One table heading per set, H C S T R, each titled with the set's poles.</summary>
public partial class AxisHeadings;
