<#
.SYNOPSIS
One measurement of the benchmark, run in a fresh process so that its peak working set is
its own. Prints one JSON line: wallMs, firstRowMs, rows, peakMB (and headersMs for the
floor). Bench.ps1 starts it; it is not meant to be run by hand.
#>
param(
    [Parameter(Mandatory)]
    [ValidateSet('InvokeQuery', 'BuildingInsight', 'RestMethod', 'Floor', 'Pipeline')]
    [string] $Case,

    [Parameter(Mandatory)] [uri] $BaseUri,
    [Parameter(Mandatory)] [int] $Rows,
    [string] $ClientId = 'demo-client-id',
    [string] $ClientSecret = 'demo-client-secret',
    # Comma-separated: a child started with -File gets every argument as text.
    [string] $BuildingIds = ''
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$columns = 'BUILDING_ID SITE_ID GROUP_ID GRANULARITY DATE_TIME_START DATE_PARTITION OCCUPANCY_MEAN'

function Set-Size([int] $Count) {
    # The cases read these two, so a warm-up can run the same code on a few rows first.
    $script:take = $Count
    $script:query = "{ BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: `"PT1H`"}}, limit: $Count) { $columns } }"
}

Set-Size $Rows
$process = [Diagnostics.Process]::GetCurrentProcess()

function Get-SessionId {
    $body = @{ client_id = $ClientId; client_secret = $ClientSecret
        audience = 'https://global-config.innerspace.io' } | ConvertTo-Json
    (Invoke-RestMethod -Method Post -Uri ([uri]::new($BaseUri, 'v2/oauth/token')) -Body $body `
        -ContentType 'application/json').session_id
}

function Measure-Pipeline([scriptblock] $Run) {
    # A warm-up on twenty thousand rows first, so the figures leave out one-time work (the
    # JIT compiling, then recompiling hot code optimised), as the Python client's leave
    # out its interpreter's start.
    Set-Size 20000
    $null = & $Run | Measure-Object
    Set-Size $Rows

    # The whole run, counted by Measure-Object so every case pays the same downstream cost.
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $count = (& $Run | Measure-Object).Count
    $wallMs = $clock.Elapsed.TotalMilliseconds
    $process.Refresh()
    $peakMB = $process.PeakWorkingSet64 / 1MB

    # A second run that stops at the first object: how long a user waits for a first row.
    $clock.Restart()
    $null = & $Run | Select-Object -First 1
    [pscustomobject]@{ wallMs = $wallMs; firstRowMs = $clock.Elapsed.TotalMilliseconds
        rows = $count; peakMB = $peakMB }
}

$secret = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
switch ($Case) {
    'InvokeQuery' {
        Import-Module (Join-Path $root 'out/InnerSpace')
        Connect-InnerSpace -ClientId $ClientId -ClientSecret $secret -BaseUri $BaseUri
        $result = Measure-Pipeline { Invoke-InnerSpaceQuery -Query $script:query }
    }
    'BuildingInsight' {
        Import-Module (Join-Path $root 'out/InnerSpace')
        Connect-InnerSpace -ClientId $ClientId -ClientSecret $secret -BaseUri $BaseUri
        $result = Measure-Pipeline {
            Get-BuildingInsight -BuildingId ([int[]]($BuildingIds -split ',')) `
                -StartDate 2025-01-01 -EndDate 2025-12-31 `
                -First $script:take -WarningAction SilentlyContinue
        }
    }
    'RestMethod' {
        $headers = @{ 'X-Session-Id' = Get-SessionId }
        $api = [uri]::new($BaseUri, 'v2/api')
        $result = Measure-Pipeline {
            $body = @{ query = $script:query } | ConvertTo-Json
            (Invoke-RestMethod -Method Post -Uri $api -Headers $headers -Body $body `
                -ContentType 'application/json').data.BUILDING_INSIGHTS
        }
    }
    'Floor' {
        $newtonsoft = [Newtonsoft.Json.JsonConvert].Assembly.Location
        # Json.NET was built against an older System.Runtime; the compiler only warns.
        Add-Type -Path (Join-Path $PSScriptRoot 'Floor.cs') -IgnoreWarnings `
            -ReferencedAssemblies $newtonsoft, System.Net.Http, System.Net.Primitives
        $sessionId = Get-SessionId
        $api = [uri]::new($BaseUri, 'v2/api')
        Set-Size 20000
        $null = [InnerSpaceBench.Floor]::ReadOnly($api, $sessionId, (@{ query = $script:query } | ConvertTo-Json))
        Set-Size $Rows
        $times = [InnerSpaceBench.Floor]::ReadOnly($api, $sessionId, (@{ query = $script:query } | ConvertTo-Json))
        $process.Refresh()
        $result = [pscustomobject]@{ wallMs = $times[0]; firstRowMs = $times[1]
            headersMs = $times[2]; rows = [long]$times[3]; peakMB = $process.PeakWorkingSet64 / 1MB }
    }
    'Pipeline' {
        # A bare pipeline: N ready objects through the same downstream counter.
        $row = [pscustomobject]@{ BuildingId = 71 }
        $objects = [object[]]::new($Rows)
        [Array]::Fill($objects, $row)
        $warmUp = $objects[0..([Math]::Min($Rows, 20000) - 1)]
        $result = Measure-Pipeline { if ($script:take -eq $Rows) { $objects } else { $warmUp } }
    }
}

$result | ConvertTo-Json -Compress
