@{
    RootModule           = 'InnerSpace.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '7537d3e4-45ac-4b2e-b722-2f40260972e5'
    Author               = 'InnerSpace PowerShell module developers'
    CompanyName          = 'InnerSpace PowerShell module developers'
    Copyright            = '(c) InnerSpace PowerShell module developers. MIT licence.'
    Description          = 'Occupancy insights from the InnerSpace API v2 as PowerShell objects: connect once, then pipe building insights into Export-Csv, charts or runbooks.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')

    FormatsToProcess     = @('InnerSpace.format.ps1xml')

    # Newtonsoft.Json.dll ships beside InnerSpace.dll and is loaded from there on demand.
    CmdletsToExport      = @(
        'Connect-InnerSpace'
        'Disconnect-InnerSpace'
        'Get-InnerSpaceSession'
        'Invoke-InnerSpaceQuery'
        'Get-BuildingInsight'
        'Get-ZoneInsight'
        'Get-ZoneTypeInsight'
        'Get-InnerSpaceBuilding'
        'Get-InnerSpaceGroup'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()

    PrivateData          = @{
        PSData = @{
            Tags         = @('InnerSpace', 'Occupancy', 'GraphQL', 'Buildings', 'Workplace')
            ReleaseNotes = 'First preview: Connect-InnerSpace, Invoke-InnerSpaceQuery, Get-BuildingInsight.'
        }
    }
}
