BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $secretText = 'pester-secret-' + [guid]::NewGuid().ToString('N')
    $sandbox = Start-InnerSpaceSandbox -ClientSecret $secretText
    $secret = ConvertTo-SecureString $secretText -AsPlainText -Force
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Secrets' {
    It 'appear in no stream, error or transcript, whatever happens' {
        $transcript = Join-Path $TestDrive 'transcript.txt'
        $wrongText = $secretText + '-wrong'
        $wrong = ConvertTo-SecureString $wrongText -AsPlainText -Force

        $null = Start-Transcript -LiteralPath $transcript
        try {
            $everything = & {
                $session = Connect-InnerSpace 'demo-client-id' $secret -BaseUri $sandbox.BaseUri `
                    -PassThru -Verbose -Debug
                $session | Format-List * | Out-String
                $session.ToString()
                Get-BuildingInsight 71 '2025-05-01' -Verbose -Debug | Out-String
                try {
                    Connect-InnerSpace 'demo-client-id' $wrong -BaseUri $sandbox.BaseUri -Verbose -Debug
                }
                catch {
                    $_ | Format-List * -Force | Out-String
                    $_.Exception | Format-List * -Force | Out-String
                }
            } *>&1 | Out-String
        }
        finally {
            $null = Stop-Transcript
        }

        $everything | Should -Match 'POST /v2/oauth/token'
        $everything | Should -Match 'rejected the credentials'
        $everything | Should -Not -Match ([regex]::Escape($secretText))
        Get-Content -LiteralPath $transcript -Raw | Should -Not -Match ([regex]::Escape($secretText))
    }
}
