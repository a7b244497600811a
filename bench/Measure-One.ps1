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
    [int[]] $BuildingId = @()
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$columns = 'BUILDING_ID SITE_ID GROUP_ID GRANULARITY DATE_TIME_START DATE_PARTITION OCCUPANCY_MEAN'
$query = "{ BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: `"PT1H`"}}, limit: $Rows) { $columns } }"
$process = [Diagnostics.Process]::GetCurrentProcess()

function Get-SessionId {
    $body = @{ client_id = $ClientId; client_secret = $ClientSecret
        audience = 'https://global-config.innerspace.io' } | ConvertTo-Json
    (Invoke-RestMethod -Method Post -Uri ([uri]::new($BaseUri, 'v2/oauth/token')) -Body $body `
        -ContentType 'application/json').session_id
}

function Measure-Pipeline([scriptblock] $Run) {
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
        $result = Measure-Pipeline { Invoke-InnerSpaceQuery -Query $query }
    }
    'BuildingInsight' {
        Import-Module (Join-Path $root 'out/InnerSpace')
        Connect-InnerSpace -ClientId $ClientId -ClientSecret $secret -BaseUri $BaseUri
        $result = Measure-Pipeline {
            Get-BuildingInsight -BuildingId $BuildingId -StartDate 2025-01-01 -EndDate 2025-12-31 `
                -First $Rows -WarningAction SilentlyContinue
        }
    }
    'RestMethod' {
        $headers = @{ 'X-Session-Id' = Get-SessionId }
        $body = @{ query = $query } | ConvertTo-Json
        $api = [uri]::new($BaseUri, 'v2/api')
        $result = Measure-Pipeline {
            (Invoke-RestMethod -Method Post -Uri $api -Headers $headers -Body $body `
                -ContentType 'application/json').data.BUILDING_INSIGHTS
        }
    }
    'Floor' {
        $newtonsoft = [Newtonsoft.Json.JsonConvert].Assembly.Location
        Add-Type -Path (Join-Path $PSScriptRoot 'Floor.cs') -ReferencedAssemblies $newtonsoft,
            System.Net.Http, System.Net.Primitives, System.Runtime, System.Collections,
            System.Text.Encoding.Extensions, System.Private.Uri, netstandard
        $body = @{ query = $query } | ConvertTo-Json
        $sessionId = Get-SessionId
        $times = [InnerSpaceBench.Floor]::ReadOnly([uri]::new($BaseUri, 'v2/api'), $sessionId, $body)
        $process.Refresh()
        $result = [pscustomobject]@{ wallMs = $times[0]; firstRowMs = $times[1]
            headersMs = $times[2]; rows = [long]$times[3]; peakMB = $process.PeakWorkingSet64 / 1MB }
    }
    'Pipeline' {
        # A bare pipeline: N ready objects through the same downstream counter.
        $row = [pscustomobject]@{ BuildingId = 71 }
        $objects = [object[]]::new($Rows)
        [Array]::Fill($objects, $row)
        $result = Measure-Pipeline { $objects }
    }
}

$result | ConvertTo-Json -Compress
