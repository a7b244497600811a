BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Start-InnerSpaceSandbox' {
    It 'starts a sandbox that stops by itself when the PowerShell that started it is killed' {
        $script = Join-Path $TestDrive 'start.ps1'
        @"
Import-Module '$SandboxLauncher'
`$sandbox = Start-InnerSpaceSandbox
`$sandbox.Process.Id
Start-Sleep -Seconds 60
"@ | Set-Content -LiteralPath $script
        $starter = Start-Process -FilePath ([Environment]::ProcessPath) -PassThru -NoNewWindow `
            -ArgumentList @((Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-File', $script) `
            -RedirectStandardOutput (Join-Path $TestDrive 'out.txt')
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while (-not (Get-Content (Join-Path $TestDrive 'out.txt') -ErrorAction Ignore) -and
            [DateTime]::UtcNow -lt $deadline) {
            Start-Sleep -Milliseconds 200
        }
        $sandboxId = [int](Get-Content (Join-Path $TestDrive 'out.txt') | Select-Object -Last 1)
        $sandbox = Get-Process -Id $sandboxId

        Stop-Process -Id $starter.Id -Force
        $exited = $sandbox.WaitForExit(10000)

        $exited | Should -BeTrue
    }

    It 'says the sandbox exited, and why, when an option is wrong' {
        { Start-InnerSpaceSandbox -ArgumentList '--session-ttl', 'soon' } |
            Should -Throw -ExpectedMessage '*exited with code 2*--session-ttl*'
    }

    It 'listens where the caller says when -ArgumentList names --urls' {
        $probe = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $probe.Start()
        $port = $probe.LocalEndpoint.Port
        $probe.Stop()

        $sandbox = Start-InnerSpaceSandbox -ArgumentList '--urls', "http://127.0.0.1:$port"
        try {
            $sandbox.BaseUri.Port | Should -Be $port
        }
        finally {
            $sandbox | Stop-InnerSpaceSandbox
        }
    }
}
