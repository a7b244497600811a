<#
.SYNOPSIS
Measures how fast InnerSpace's cmdlets turn API answers into pipeline objects, against
Invoke-RestMethod, the Python client and the floor, on the local sandbox.

.DESCRIPTION
Run ./build.ps1 first (or ./build.ps1 -Task Bench, which does both). Each measurement
runs in a fresh process, so its peak working set is its own; the times are taken inside
that process, start-up excluded, and each figure is the median of -Repeat runs.
All traffic goes to a sandbox on 127.0.0.1 that this script starts and stops.
#>
[CmdletBinding()]
param(
    [int[]] $Sizes = @(10000, 100000, 1000000),

    [ValidateRange(1, 9)]
    [int] $Repeat = 3,

    # Invoke-RestMethod needs minutes and gigabytes at a million rows; above this size it
    # is left out and its ratios are shown as '-'.
    [int] $BaselineMaxRows = 1000000
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$measureOne = Join-Path $PSScriptRoot 'Measure-One.ps1'
Import-Module (Join-Path $root 'out/sandbox/SandboxProcess.psm1') -Force
Import-Module (Join-Path $root 'out/InnerSpace') -Force

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $sorted[[math]::Floor(($sorted.Count - 1) / 2)]
}

function Invoke-Measurement([string] $Case, [int] $Rows, [int[]] $Buildings) {
    $runs = @(foreach ($attempt in 1..$Repeat) {
        if ($Case -eq 'Python') {
            $line = & python3 (Join-Path $PSScriptRoot 'python_client.py') $sandbox.BaseUri `
                $sandbox.ClientId 'demo-client-secret' $Rows
        }
        else {
            $line = & dotnet pwsh -NoProfile -File $measureOne -Case $Case -BaseUri $sandbox.BaseUri `
                -Rows $Rows -BuildingIds ($Buildings -join ',')
        }

        if ($LASTEXITCODE -ne 0) {
            throw "The $Case measurement at $Rows rows failed: $line"
        }

        $line | Select-Object -Last 1 | ConvertFrom-Json
    })

    if (@($runs.rows | Sort-Object -Unique).Count -ne 1 -or $runs[0].rows -ne $Rows) {
        throw "$Case returned $(@($runs.rows) -join '/') rows where $Rows were asked."
    }

    [pscustomobject]@{
        Case       = $Case
        Rows       = $Rows
        WallMs     = Get-Median $runs.wallMs
        FirstRowMs = Get-Median $runs.firstRowMs
        PeakMB     = Get-Median $runs.peakMB
        HeadersMs  = if ($runs[0].PSObject.Properties['headersMs']) { Get-Median $runs.headersMs } else { $null }
    }
}

function Format-Ratio($Numerator, $Denominator) {
    if ($null -eq $Numerator -or $null -eq $Denominator -or $Denominator -eq 0) { return '-' }
    '{0:0.00}x' -f ($Numerator / $Denominator)
}

$hasPython = $false
if (Get-Command python3 -ErrorAction Ignore) {
    & python3 -c 'import requests' 2>$null
    $hasPython = $LASTEXITCODE -eq 0
}
$directoryQuery = '{ BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: 20250101}, ' +
    'GRANULARITY: {_eq: "P1D"}}) { BUILDING_ID } }'
$sandbox = Start-InnerSpaceSandbox -ArgumentList '--buildings', '120'
try {
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
    $buildings = @((Invoke-InnerSpaceQuery -Query $directoryQuery).BUILDING_ID)
    Write-Host "Sandbox at $($sandbox.BaseUri) with $($buildings.Count) buildings; $Repeat runs each."

    foreach ($size in $Sizes) {
        $cases = @('InvokeQuery', 'BuildingInsight', 'Floor', 'Pipeline')
        if ($size -le $BaselineMaxRows) { $cases += 'RestMethod' }
        if ($hasPython) { $cases += 'Python' }
        $results = @{}
        foreach ($case in $cases) {
            Write-Progress -Activity 'Benchmark' -Status "$case, $size rows"
            $results[$case] = Invoke-Measurement $case $size $buildings
        }

        $floorMs = $results.Floor.WallMs + $results.Pipeline.WallMs
        $baselineMs = if ($results.ContainsKey('RestMethod')) { $results.RestMethod.WallMs } else { $null }
        $pythonMs = if ($results.ContainsKey('Python')) { $results.Python.WallMs } else { $null }

        Write-Host ""
        Write-Host "== $size rows (floor = read-only pass + bare pipeline = $([math]::Round($floorMs)) ms;" `
            "floor headers after $([math]::Round($results.Floor.HeadersMs)) ms)"
        $results.Values | Sort-Object { $cases.IndexOf($_.Case) } | ForEach-Object {
            [pscustomobject]@{
                Case          = $_.Case
                'Wall ms'     = [math]::Round($_.WallMs)
                'Rows/s'      = [math]::Round($size / ($_.WallMs / 1000))
                'First row ms' = [math]::Round($_.FirstRowMs)
                'Peak MB'     = [math]::Round($_.PeakMB)
                'vs IRM'      = Format-Ratio $_.WallMs $baselineMs
                'vs Python'   = Format-Ratio $_.WallMs $pythonMs
                'vs floor'    = Format-Ratio $_.WallMs $floorMs
            }
        } | Format-Table -AutoSize | Out-Host
    }
}
finally {
    $sandbox | Stop-InnerSpaceSandbox
}

# Import-Module, in fresh processes.
$imports = foreach ($attempt in 1..5) {
    $timed = "`$c = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$root/out/InnerSpace'; " +
        '$c.Elapsed.TotalMilliseconds'
    & dotnet pwsh -NoProfile -Command $timed
}
Write-Host ("Import-Module InnerSpace: median {0:0} ms over 5 fresh processes" -f (Get-Median $imports))

# 40 building-days at 100 ms of latency: throttle 1 against throttle 8.
$slow = Start-InnerSpaceSandbox -ArgumentList '--buildings', '40', '--latency-ms', '100'
try {
    Connect-InnerSpace -BaseUri $slow.BaseUri -Credential $slow.Credential
    $forty = @((Invoke-InnerSpaceQuery -Query $directoryQuery).BUILDING_ID)
    $timings = foreach ($throttle in 1, 8) {
        $runs = foreach ($attempt in 1..$Repeat) {
            (Measure-Command {
                $null = Get-BuildingInsight -BuildingId $forty -Date 2025-05-01 -ThrottleLimit $throttle
            }).TotalMilliseconds
        }
        Get-Median $runs
    }
    Write-Host ("40 building-days at 100 ms latency: throttle 1 {0:0} ms, throttle 8 {1:0} ms, ratio {2}" -f
        $timings[0], $timings[1], (Format-Ratio $timings[1] $timings[0]))
}
finally {
    $slow | Stop-InnerSpaceSandbox
}
