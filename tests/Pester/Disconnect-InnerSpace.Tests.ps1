BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Disconnect-InnerSpace' {
    It 'ends the default session so that commands say they need a connection' {
        $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru

        Disconnect-InnerSpace

        Get-InnerSpaceSession | Should -BeNullOrEmpty
        $session.IsConnected | Should -BeFalse
        { Get-BuildingInsight 71 '2025-05-01' } |
            Should -Throw -ErrorId 'SessionNotConnected,InnerSpace.Commands.GetBuildingInsightCommand'
    }

    It 'makes a disconnected session given to -Session stop the command once' {
        $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru
        $session | Disconnect-InnerSpace

        { Get-BuildingInsight 71, 72 '2025-05-01' -Session $session } |
            Should -Throw -ErrorId 'SessionNotConnected,InnerSpace.Commands.GetBuildingInsightCommand' `
                -ExpectedMessage '*was disconnected*'
    }

    It 'does nothing, quietly, when there is no session' {
        Disconnect-InnerSpace
        { Disconnect-InnerSpace -ErrorAction Stop } | Should -Not -Throw
    }
}
