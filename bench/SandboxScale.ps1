<#
.SYNOPSIS
Measures how fast the sandbox streams large answers and how much memory it needs for them.

.DESCRIPTION
Run ./build.ps1 first: this script starts the staged sandbox (out/sandbox) through its
launcher with --buildings 100, on 127.0.0.1 only. For each size it starts a fresh sandbox,
warms it up with a 300,000-row query, then asks for that many quarter-hour BUILDING_INSIGHTS rows
(100 buildings hold 3.5 million of them in 2025; 'limit' takes the first N, unordered, so
they stream as they are generated). The client reads the body as a stream with HttpClient
and only counts bytes, so the figure is the sandbox's speed, not a JSON parser's.

Peak working set is VmHWM from /proc/<pid>/status of the sandbox process (Linux only): the
most resident memory the process ever held, start-up and warm-up included. Baseline is the
same value just before the big query; the difference is what the answer cost.

Every request and every read is bounded by -TimeoutSeconds; the sandbox is stopped
whatever happens.

.EXAMPLE
./bench/SandboxScale.ps1
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 3500000)]
    [int[]] $Sizes = @(100000, 1000000),

    [ValidateRange(10, 1800)]
    [int] $TimeoutSeconds = 300
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$root = Split-Path $PSScriptRoot -Parent
$launcher = Join-Path $root 'out/sandbox/SandboxProcess.psm1'
if (-not (Test-Path -LiteralPath $launcher)) {
    throw "The sandbox is not staged at '$launcher'. Run ./build.ps1 first."
}

Import-Module $launcher -Force

function Get-PeakWorkingSetMB {
    param([Parameter(Mandatory)] [int] $ProcessId)

    $line = Select-String -LiteralPath "/proc/$ProcessId/status" -Pattern '^VmHWM:\s+(\d+) kB'
    [math]::Round([long]$line.Matches[0].Groups[1].Value / 1024, 1)
}

function Get-RowsServed {
    param([Parameter(Mandatory)] $Sandbox)

    $stats = Invoke-RestMethod -Uri ([uri]::new($Sandbox.BaseUri, 'sandbox/stats')) `
        -TimeoutSec $TimeoutSeconds
    [long]$stats.rowsServed
}

function New-SessionId {
    param([Parameter(Mandatory)] $Sandbox)

    $body = @{
        client_id     = $Sandbox.ClientId
        client_secret = $Sandbox.Credential.GetNetworkCredential().Password
        audience      = 'https://global-config.innerspace.io'
    } | ConvertTo-Json
    $token = Invoke-RestMethod -Method Post -Uri ([uri]::new($Sandbox.BaseUri, 'v2/oauth/token')) `
        -ContentType 'application/json' -Body $body -TimeoutSec $TimeoutSeconds
    $token.session_id
}

function Read-Answer {
    # Sends one query and reads the whole body as a stream, counting bytes only.
    param(
        [Parameter(Mandatory)] [System.Net.Http.HttpClient] $Http,
        [Parameter(Mandatory)] $Sandbox,
        [Parameter(Mandatory)] [string] $SessionId,
        [Parameter(Mandatory)] [int] $Rows
    )

    $columns = 'BUILDING_ID SITE_ID GROUP_ID GRANULARITY DATE_TIME_START DATE_PARTITION ' +
        'OCCUPANCY_MEAN'
    $query = "{ BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: `"PT15M`"}}, limit: $Rows) " +
        "{ $columns } }"
    $request = [System.Net.Http.HttpRequestMessage]::new(
        [System.Net.Http.HttpMethod]::Post, [uri]::new($Sandbox.BaseUri, 'v2/api'))
    $request.Headers.Add('X-Session-Id', $SessionId)
    $request.Content = [System.Net.Http.StringContent]::new(
        (@{ query = $query } | ConvertTo-Json), [System.Text.Encoding]::UTF8, 'application/json')

    $deadline = [System.Threading.CancellationTokenSource]::new(
        [TimeSpan]::FromSeconds($TimeoutSeconds))
    try {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $response = $Http.SendAsync($request,
            [System.Net.Http.HttpCompletionOption]::ResponseHeadersRead,
            $deadline.Token).GetAwaiter().GetResult()
        $null = $response.EnsureSuccessStatusCode()
        $stream = $response.Content.ReadAsStreamAsync($deadline.Token).GetAwaiter().GetResult()
        $buffer = [byte[]]::new(256KB)
        $bytes = 0L
        while (($read = $stream.ReadAsync($buffer, 0, $buffer.Length,
                    $deadline.Token).GetAwaiter().GetResult()) -gt 0) {
            $bytes += $read
        }

        $watch.Stop()
        [pscustomobject]@{ Bytes = $bytes; Seconds = $watch.Elapsed.TotalSeconds }
    }
    finally {
        $deadline.Dispose()
        $request.Dispose()
    }
}

function Measure-Size {
    param([Parameter(Mandatory)] [int] $Rows)

    $sandbox = Start-InnerSpaceSandbox -ArgumentList '--buildings', '100' `
        -TimeoutSeconds ([math]::Min($TimeoutSeconds, 300))
    $http = [System.Net.Http.HttpClient]::new()
    $http.Timeout = [System.Threading.Timeout]::InfiniteTimeSpan
    try {
        $session = New-SessionId $sandbox

        # Warm-up, long enough for the JIT to finish optimising the row loop (a cold first
        # query runs about half as fast), so the figures describe a sandbox in use.
        $null = Read-Answer -Http $http -Sandbox $sandbox -SessionId $session -Rows 300000
        $baseline = Get-PeakWorkingSetMB $sandbox.Process.Id
        $servedBefore = Get-RowsServed $sandbox

        $answer = Read-Answer -Http $http -Sandbox $sandbox -SessionId $session -Rows $Rows

        $served = (Get-RowsServed $sandbox) - $servedBefore
        if ($served -ne $Rows) {
            throw "The sandbox served $served rows where $Rows were asked for."
        }

        [pscustomobject]@{
            Rows              = $Rows
            'Body MB'         = [math]::Round($answer.Bytes / 1MB, 1)
            Seconds           = [math]::Round($answer.Seconds, 2)
            'Rows/s'          = [long]($Rows / $answer.Seconds)
            'MB/s'            = [math]::Round($answer.Bytes / 1MB / $answer.Seconds, 1)
            'Baseline MB'     = $baseline
            'Peak WS MB'      = Get-PeakWorkingSetMB $sandbox.Process.Id
        }
    }
    finally {
        $http.Dispose()
        $sandbox | Stop-InnerSpaceSandbox
    }
}

$results = foreach ($size in $Sizes) {
    Write-Verbose "Measuring $size rows"
    Measure-Size -Rows $size
}

$results | Format-Table -AutoSize | Out-Host
