BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Connect-InnerSpace' {
    Context 'When the credentials are accepted' {
        It 'returns the session with -PassThru and names the client, never the secret' {
            $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential `
                -PassThru

            $session.ClientId | Should -Be 'demo-client-id'
            $session.BaseUri | Should -Be $sandbox.BaseUri
            $session.IsConnected | Should -BeTrue
            $session.ConnectedAt | Should -BeOfType [DateTimeOffset]
            "$session" | Should -Match 'demo-client-id'
            ($session | Format-List * | Out-String) | Should -Not -Match 'demo-client-secret'
        }

        It 'accepts -ClientId and -ClientSecret and makes the session the default' {
            $secret = ConvertTo-SecureString 'demo-client-secret' -AsPlainText -Force
            Connect-InnerSpace 'demo-client-id' $secret -BaseUri $sandbox.BaseUri

            $rows = Invoke-InnerSpaceQuery -Query '{ BUILDING_INSIGHTS(limit: 2) { BUILDING_ID } }'

            $rows.BUILDING_ID | Should -Be @(71, 71)
        }

        It 'writes nothing to the pipeline without -PassThru' {
            $output = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential

            $output | Should -BeNullOrEmpty
        }
    }

    Context 'When the credentials are rejected' {
        It 'throws AuthenticationRejected with the HTTP status' {
            $wrong = [pscredential]::new('demo-client-id',
                (ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force))

            { Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $wrong } |
                Should -Throw -ErrorId 'AuthenticationRejected,InnerSpace.Commands.ConnectInnerSpaceCommand' `
                    -ExpectedMessage '*rejected the credentials*HTTP 401*'
        }

        It 'keeps the session that was connected before' {
            Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
            $wrong = [pscredential]::new('someone-else',
                (ConvertTo-SecureString 'nope' -AsPlainText -Force))

            { Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $wrong } | Should -Throw

            @(Invoke-InnerSpaceQuery '{ BUILDING_INSIGHTS(limit: 1) { BUILDING_ID } }').Count |
                Should -Be 1
        }
    }

    Context 'When a credential is missing' {
        It 'fails with AuthenticationCredentialsMissing instead of prompting for the secret' {
            { Connect-InnerSpace -ClientId 'demo-client-id' -BaseUri $sandbox.BaseUri } |
                Should -Throw -ErrorId 'AuthenticationCredentialsMissing,InnerSpace.Commands.ConnectInnerSpaceCommand' `
                    -ExpectedMessage '*-ClientSecret*'
        }
    }

    Context 'When the base URI is unsafe' {
        It 'refuses plain http to a host that is not loopback, before sending anything' {
            $before = (Get-SandboxStats $sandbox).tokenExchanges

            { Connect-InnerSpace -BaseUri 'http://api.innerspace.io' -Credential $sandbox.Credential } |
                Should -Throw -ErrorId 'ParameterInvalid,InnerSpace.Commands.ConnectInnerSpaceCommand'

            (Get-SandboxStats $sandbox).tokenExchanges | Should -Be $before
        }
    }

    Context 'When several runspaces are used' {
        It 'keeps the default session per runspace' {
            Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
            $other = New-TestRunspace
            try {
                $errorId = $other.AddScript(
                    'try { Invoke-InnerSpaceQuery "{ BUILDING_INSIGHTS { BUILDING_ID } }" } ' +
                    'catch { $_.FullyQualifiedErrorId }').Invoke()

                $errorId | Should -Be 'SessionNotConnected,InnerSpace.Commands.InvokeInnerSpaceQueryCommand'
            }
            finally {
                $other.Dispose()
            }
        }
    }
}
