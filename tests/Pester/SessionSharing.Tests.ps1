BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'A session shared between threads' {
    It 'serves ForEach-Object -Parallel through $using: and re-authenticates once for all' {
        $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru
        $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($sandbox.BaseUri, 'sandbox/sessions/expire'))
        $before = (Get-SandboxStats $sandbox).tokenExchanges

        $counts = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:ModulePath
            @(Get-BuildingInsight 71 ([datetime]'2025-05-01').AddDays($_) -Session $using:session).Count
        }

        $counts | Should -HaveCount 8
        $counts | ForEach-Object { $_ | Should -BeIn 23, 24, 25 }
        (Get-SandboxStats $sandbox).tokenExchanges - $before | Should -Be 1
        $session.RefreshCount | Should -Be 1
    }

    It 'serves Start-ThreadJob' {
        $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru

        $rows = Start-ThreadJob {
            Import-Module $using:ModulePath
            Get-BuildingInsight 71 '2025-05-01' -Session $using:session
        } | Receive-Job -Wait -AutoRemoveJob

        @($rows).Count | Should -Be 24
    }
}

Describe 'Connect-InnerSpace in a runbook' {
    BeforeEach {
        $saved = $env:INNERSPACE_CLIENT_ID, $env:INNERSPACE_CLIENT_SECRET
    }

    AfterEach {
        $env:INNERSPACE_CLIENT_ID, $env:INNERSPACE_CLIENT_SECRET = $saved
    }

    It 'takes the credentials from the environment when given none' {
        $env:INNERSPACE_CLIENT_ID = 'demo-client-id'
        $env:INNERSPACE_CLIENT_SECRET = 'demo-client-secret'

        $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -PassThru

        $session.ClientId | Should -Be 'demo-client-id'
        @(Get-BuildingInsight 71 '2025-05-01').Count | Should -Be 24
    }

    It 'says exactly what it needs when the environment has nothing, without prompting' {
        $env:INNERSPACE_CLIENT_ID = $null
        $env:INNERSPACE_CLIENT_SECRET = $null

        { Connect-InnerSpace -BaseUri $sandbox.BaseUri } |
            Should -Throw -ErrorId 'AuthenticationCredentialsMissing,InnerSpace.Commands.ConnectInnerSpaceCommand' `
                -ExpectedMessage '*-ClientId and -ClientSecret*-Credential*INNERSPACE_CLIENT_ID*'
    }
}

Describe 'Stopping a command' {
    It 'cancels a request in flight at once and leaves the session usable' {
        $slow = Start-InnerSpaceSandbox
        try {
            $session = Connect-InnerSpace -BaseUri $slow.BaseUri -Credential $slow.Credential -PassThru
            $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($slow.BaseUri, 'sandbox/faults')) `
                -ContentType 'application/json' -Body '{"kind":"delay","count":1,"delayMs":20000}'
            $shell = [powershell]::Create()
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', $ModulePath).AddStatement().
                AddCommand('Get-BuildingInsight').AddParameter('BuildingId', 71).
                AddParameter('Date', [datetime]'2025-05-01').AddParameter('Session', $session)
            $null = $shell.BeginInvoke()
            # Stop only once the request is held by the server, not while the module loads.
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ((Get-SandboxStats $slow).faultsServed -lt 1 -and [DateTime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 50
            }

            $clock = [Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()

            $clock.Elapsed.TotalSeconds | Should -BeLessThan 3
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
            $shell.Dispose()
            $session.IsConnected | Should -BeTrue
            @(Get-BuildingInsight 71 '2025-05-01' -Session $session).Count | Should -Be 24
        }
        finally {
            $slow | Stop-InnerSpaceSandbox
        }
    }
}
