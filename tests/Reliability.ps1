<#
.SYNOPSIS
Runs the module against a sandbox that misbehaves on purpose and prints what happened.

.DESCRIPTION
For each fault the sandbox can inject, one Get-BuildingInsight call for the demo day
(24 rows when all goes well) and a line: the fault, rows expected, rows got, and the
outcome (rows, or the error id). Then a soak: many runspaces sharing one session whose
server-side lifetime is two seconds, and a scan of every stream and a transcript for the
client secret. Run ./build.ps1 first. All traffic goes to a sandbox on 127.0.0.1 that this
script starts and stops; every loop is bounded in count and time.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 64)]
    [int] $Runspaces = 32,

    [ValidateRange(1, 50000)]
    [int] $Queries = 5000,

    [ValidateRange(10, 600)]
    [int] $SoakSeconds = 180
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$modulePath = Join-Path $root 'out/InnerSpace'
Import-Module (Join-Path $root 'out/sandbox/SandboxProcess.psm1') -Force
Import-Module $modulePath -Force

function Send-Fault([pscustomobject] $Sandbox, [hashtable] $Fault) {
    $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($Sandbox.BaseUri, 'sandbox/faults')) `
        -ContentType 'application/json' -Body ($Fault | ConvertTo-Json -Compress)
}

function New-Case([string] $Name, [object[]] $Fault, [string] $Expect, [switch] $Expire) {
    @{ Name = $Name; Fault = $Fault; Expect = $Expect; Expire = [bool]$Expire }
}

function Status([int] $Code, [int] $Count = 1, [string] $RetryAfter, [string] $Path) {
    $fault = @{ kind = 'status'; status = $Code; count = $Count }
    if ($RetryAfter) { $fault.retryAfter = $RetryAfter }
    if ($Path) { $fault.path = $Path }
    $fault
}

$matrix = @(
    New-Case '429 x3, Retry-After 1 s' (Status 429 -Count 3 -RetryAfter 1) 'rows'
    New-Case '503 x2' (Status 503 -Count 2) 'rows'
    New-Case '502 then 504' @((Status 502), (Status 504)) 'rows'
    New-Case '408 then 500' @((Status 408), (Status 500)) 'rows'
    New-Case '500 x50 (past a 3 s retry budget)' (Status 500 -Count 50) 'ApiUnavailable'
    New-Case '429, Retry-After 120 s (past the budget)' (Status 429 -RetryAfter 120) 'ApiThrottled'
    New-Case '400 (not transient)' (Status 400) 'ApiHttpError'
    New-Case 'connection reset x2' @{ kind = 'reset'; count = 2 } 'rows'
    New-Case 'delay 3 s, 1 s timeout' @{ kind = 'delay'; delayMs = 3000 } 'rows'
    New-Case 'HTML page' @{ kind = 'html' } 'rows or ApiResponseInvalid'
    New-Case 'body cut short (asked again)' @{ kind = 'truncate' } 'rows'
    New-Case 'body cut short x3' @{ kind = 'truncate'; count = 3 } 'ApiResponseIncomplete'
    New-Case 'invalid JSON' @{ kind = 'invalid-json' } 'ApiResponseInvalid'
    New-Case 'token endpoint 503 x2' (Status 503 -Count 2 -Path token) 'rows' -Expire
)

$sandbox = Start-InnerSpaceSandbox
try {
    Write-Host "Fault matrix against $($sandbox.BaseUri)"
    $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential `
        -MaxRetryTimeSec 3 -TimeoutSec 1 -PassThru
    $lines = foreach ($case in $matrix) {
        foreach ($fault in @($case.Fault)) { Send-Fault $sandbox $fault }
        if ($case.Expire) {
            $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($sandbox.BaseUri, 'sandbox/sessions/expire'))
        }

        $failures = $null
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $rows = @(Get-BuildingInsight 71 '2025-05-01' -Session $session -ErrorVariable failures `
            -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $outcome = if ($failures) { ($failures[0].FullyQualifiedErrorId -split ',')[0] } else { 'rows' }
        $null = Invoke-RestMethod -Method Delete -Uri ([uri]::new($sandbox.BaseUri, 'sandbox/faults'))

        [pscustomobject]@{
            Fault    = $case.Name
            Expected = 24
            Got      = $rows.Count
            Outcome  = $outcome
            Seconds  = [math]::Round($clock.Elapsed.TotalSeconds, 1)
            AsPlanned = $case.Expect -match [regex]::Escape($outcome) -and
                ($outcome -ne 'rows' -or $rows.Count -eq 24)
        }
    }
    $lines | Format-Table -AutoSize | Out-String -Width 160 | Write-Host
    $unplanned = @($lines | Where-Object { -not $_.AsPlanned }).Count
    Write-Host "$($lines.Count) faults, $unplanned not handled as planned"
}
finally {
    $sandbox | Stop-InnerSpaceSandbox
}

# Soak: one session shared by many runspaces while the server expires it every two seconds.
$short = Start-InnerSpaceSandbox -ArgumentList '--session-ttl', '2'
try {
    $shared = Connect-InnerSpace -BaseUri $short.BaseUri -Credential $short.Credential -PassThru
    $deadline = [DateTime]::UtcNow.AddSeconds($SoakSeconds)
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $results = 1..$Queries | ForEach-Object -ThrottleLimit $Runspaces -Parallel {
        if ([DateTime]::UtcNow -gt $using:deadline) { return 'skipped' }
        Import-Module $using:modulePath
        $day = ([datetime]'2025-01-01').AddDays($_ % 365)
        $got = @(Get-BuildingInsight 71 $day -Granularity P1D -Session $using:shared `
            -ErrorAction SilentlyContinue -ErrorVariable failed)
        if ($failed -or $got.Count -ne 1) { 'failed' } else { 'ok' }
    }
    $stats = Invoke-RestMethod -Uri ([uri]::new($short.BaseUri, 'sandbox/stats'))
    $counts = $results | Group-Object -AsHashTable -AsString
    Write-Host ("Soak: {0} queries from {1} runspaces sharing one session, TTL 2 s, in {2:0.0} s:" -f
        $Queries, $Runspaces, $clock.Elapsed.TotalSeconds)
    Write-Host (("  ok {0}, failed {1}, skipped at the time limit {2}; " +
        "token exchanges {3}, 401 answers {4}, session refreshes {5}") -f
        @($counts['ok']).Count, @($counts['failed']).Where({ $_ }).Count,
        @($counts['skipped']).Where({ $_ }).Count, $stats.tokenExchanges, $stats.unauthorized,
        $shared.RefreshCount)
}
finally {
    $short | Stop-InnerSpaceSandbox
}

# Secret scan: every stream and a transcript of a run that connects, fails and retries.
$canary = 'canary-' + [guid]::NewGuid().ToString('N')
$scan = Start-InnerSpaceSandbox -ClientSecret $canary
$transcript = Join-Path ([IO.Path]::GetTempPath()) "innerspace-transcript-$PID.txt"
try {
    $secure = ConvertTo-SecureString $canary -AsPlainText -Force
    $wrong = ConvertTo-SecureString "$canary-wrong" -AsPlainText -Force
    $null = Start-Transcript -LiteralPath $transcript
    $streams = & {
        $s = Connect-InnerSpace 'demo-client-id' $secure -BaseUri $scan.BaseUri -PassThru -Verbose -Debug
        Send-Fault $scan @{ kind = 'status'; status = 503 }
        Get-BuildingInsight 71 '2025-05-01' -Session $s -Verbose -Debug | Out-String
        $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($scan.BaseUri, 'sandbox/sessions/expire'))
        Get-BuildingInsight 71 '2025-05-02' -Session $s -Verbose -Debug | Out-String
        $s | Format-List * -Force | Out-String
        try { Connect-InnerSpace 'demo-client-id' $wrong -BaseUri $scan.BaseUri -Verbose -Debug }
        catch { $_ | Format-List * -Force | Out-String; $_.Exception | Format-List * -Force | Out-String }
    } *>&1 | Out-String
    $null = Stop-Transcript
    $text = $streams + (Get-Content -LiteralPath $transcript -Raw)
    $found = [regex]::Matches($text, [regex]::Escape($canary)).Count
    Write-Host ("Secret scan: {0:N0} characters of output and transcript, secret found {1} times" -f
        $text.Length, $found)
}
finally {
    Remove-Item -LiteralPath $transcript -ErrorAction Ignore
    $scan | Stop-InnerSpaceSandbox
}
