# Runs InnerSpace's documented Python example (tests/conformance/innerspace_example.py) against
# the sandbox, so the sandbox is checked against the vendor's own client code, not only ours.
# Skipped where python3 or its requests package is missing.

BeforeDiscovery {
    # The example needs python3 and its requests package; without either the tests are skipped.
    $script:canRun = [bool](Get-Command python3 -ErrorAction Ignore) -and $(
        & python3 -c 'import requests' 2>$null
        $LASTEXITCODE -eq 0)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $example = Join-Path $RepoRoot 'tests/conformance/innerspace_example.py'
    $sandbox = Start-InnerSpaceSandbox
    $secret = $sandbox.Credential.GetNetworkCredential().Password

    function Invoke-Example {
        param([string] $ClientSecret = $secret, [string] $CachedSessionId)

        $arguments = @($example, $sandbox.BaseUri.AbsoluteUri, $sandbox.ClientId, $ClientSecret)
        if ($CachedSessionId) {
            $arguments += $CachedSessionId
        }

        $output = & python3 @arguments 2>&1
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = ($output -join "`n") }
    }

    function Get-SessionId {
        $body = @{
            client_id     = $sandbox.ClientId
            client_secret = $secret
            audience      = 'https://global-config.innerspace.io'
        } | ConvertTo-Json
        (Invoke-RestMethod -Method Post -Uri ([uri]::new($sandbox.BaseUri, 'v2/oauth/token')) `
            -ContentType 'application/json' -Body $body).session_id
    }
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'The documented Python example' -Skip:(-not $canRun) {
    It 'gets the 24 hourly rows of the demo day and exits 0' {
        $result = Invoke-Example

        $result.Output | Should -Match '^rows: 24$'
        $result.ExitCode | Should -Be 0
    }

    It 'exchanges again after a 401 from an expired session and retries once' {
        $cached = Get-SessionId
        $expire = [uri]::new($sandbox.BaseUri, 'sandbox/sessions/expire')
        $null = Invoke-RestMethod -Method Post -Uri $expire
        $before = Get-SandboxStats $sandbox

        $result = Invoke-Example -CachedSessionId $cached

        $after = Get-SandboxStats $sandbox
        $result.Output | Should -Match '^rows: 24 \(exchanged again after a 401\)$'
        $result.ExitCode | Should -Be 0
        $after.unauthorized - $before.unauthorized | Should -Be 1
        $after.tokenExchanges - $before.tokenExchanges | Should -Be 1
    }

    It 'exits 1 without echoing the secret when the secret is wrong' {
        $result = Invoke-Example -ClientSecret 'wrong-secret-Qz81'

        $result.ExitCode | Should -Be 1
        $result.Output | Should -Match '401'
        $result.Output | Should -Not -Match 'wrong-secret-Qz81'
    }
}
