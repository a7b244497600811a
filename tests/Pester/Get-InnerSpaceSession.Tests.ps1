BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-InnerSpaceSession' {
    It 'shows where and as whom the session connects and what it did' {
        Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
        $null = Get-BuildingInsight 71 '2025-05-01'
        $null = Get-BuildingInsight 71 '2025-05-02'

        $session = Get-InnerSpaceSession

        $session.BaseUri | Should -Be $sandbox.BaseUri
        $session.ClientId | Should -Be 'demo-client-id'
        $session.Audience | Should -Be 'https://global-config.innerspace.io'
        $session.RequestCount | Should -Be 2
        $session.RefreshCount | Should -Be 0
        $session.ConnectedAt | Should -BeLessOrEqual ([DateTimeOffset]::Now)
        $session.LastRefreshAt | Should -BeNullOrEmpty
    }

    It 'counts a re-authentication after the server expired every session' {
        $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru
        $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($sandbox.BaseUri, 'sandbox/sessions/expire'))

        $null = Get-BuildingInsight 71 '2025-05-01'

        $session.RefreshCount | Should -Be 1
        $session.LastRefreshAt | Should -Not -BeNullOrEmpty
    }

    It 'holds nothing secret in any of its properties or its CliXml form' {
        $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru
        $clixml = Join-Path $TestDrive 'session.xml'

        $session | Export-Clixml -LiteralPath $clixml -Depth 5

        Get-Content -LiteralPath $clixml -Raw | Should -Not -Match 'demo-client-secret'
        ($session | Format-List * -Force | Out-String) | Should -Not -Match 'demo-client-secret'
        ($session | Format-Table | Out-String) | Should -Match 'demo-client-id'
    }
}
