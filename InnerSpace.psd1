@{
    RootModule           = 'InnerSpace.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '7537d3e4-45ac-4b2e-b722-2f40260972e5'
    Author               = 'InnerSpace PowerShell module developers'
    CompanyName          = 'InnerSpace PowerShell module developers'
    Copyright            = '(c) 2026 InnerSpace PowerShell module developers. MIT License.'
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
            Tags         = @('InnerSpace', 'Occupancy', 'GraphQL', 'Buildings', 'Workplace',
                'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # The MIT licence's own text; the package also ships it as LICENSE.
            LicenseUri   = 'https://opensource.org/license/mit'
            # ProjectUri is left out until the project has a public address: a made-up
            # one would send gallery users to the wrong place.
            ReleaseNotes = @'
0.1.0 - first preview. Connect-InnerSpace (client id and secret, credential or environment
variables), Get-InnerSpaceSession, Disconnect-InnerSpace, Invoke-InnerSpaceQuery,
Get-BuildingInsight (days, ranges or last days, fetched in parallel, rows in order), and
Get-ZoneInsight, Get-ZoneTypeInsight, Get-InnerSpaceBuilding and Get-InnerSpaceGroup. One
default session per runspace, re-authenticated once on 401 for all waiting callers; retries
of transient failures honouring Retry-After; answers read as a stream; a local sandbox of
the API. Full list: CHANGELOG.md.
'@
        }
    }
}
